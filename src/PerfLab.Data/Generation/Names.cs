namespace PerfLab.Data.Generation;

/// <summary>Word lists for the generator: a mix of ASCII and non-ASCII text, as real customer data has.</summary>
internal static class Names
{
    public static readonly string[] First =
    [
        "Olivia", "Liam", "Emma", "Noah", "Amelia", "Oliver", "Sofía", "Mateo", "Zoë", "Lukas",
        "Chloé", "Jakub", "Aiko", "Haruto", "Priya", "Arjun", "Fatima", "Omar", "Ingrid", "Søren",
        "María", "José", "Chen", "Wei", "Ana", "João", "Élodie", "Björn", "Nadia", "Tomasz",
    ];

    public static readonly string[] Last =
    [
        "Smith", "Johnson", "García", "Müller", "Rossi", "Dubois", "Nowak", "Kowalski", "Tanaka", "Suzuki",
        "Patel", "Sharma", "Haddad", "Andersson", "Jensen", "O'Brien", "Silva", "Santos", "Novák", "Horváth",
        "Nguyen", "Kim", "Lee", "Ivanova", "Petrov", "Yılmaz", "Öztürk", "Lindqvist", "Fernández", "van Dijk",
    ];

    public static readonly (string City, string Country)[] Cities =
    [
        ("London", "GB"), ("Manchester", "GB"), ("Berlin", "DE"), ("München", "DE"), ("Paris", "FR"),
        ("Lyon", "FR"), ("Kraków", "PL"), ("Warszawa", "PL"), ("São Paulo", "BR"), ("Lisboa", "PT"),
        ("Madrid", "ES"), ("Sevilla", "ES"), ("Tokyo", "JP"), ("Ōsaka", "JP"), ("Mumbai", "IN"),
        ("Bengaluru", "IN"), ("New York", "US"), ("Austin", "US"), ("Toronto", "CA"), ("Montréal", "CA"),
        ("Stockholm", "SE"), ("Göteborg", "SE"), ("İstanbul", "TR"), ("Cairo", "EG"), ("Sydney", "AU"),
    ];

    public static readonly string[] MailDomains = ["example.com", "mail.example.org", "shop.example.net", "example.co.uk"];

    public static readonly string[] Categories =
    [
        "Books", "Garden", "Kitchen", "Outdoor", "Office", "Toys", "Audio", "Lighting", "Tools", "Sports",
    ];

    public static readonly string[] Adjectives =
    [
        "Compact", "Deluxe", "Classic", "Portable", "Rugged", "Smart", "Eco", "Premium", "Vintage", "Modular",
    ];

    public static readonly string[] Nouns =
    [
        "Kit", "Set", "Organizer", "Lamp", "Speaker", "Bottle", "Stand", "Bag", "Case", "Station",
    ];

    public static readonly string[] OrderNotes =
    [
        "Leave at the door", "Gift wrap, please", "Call before delivery", "Fragile — handle with care",
        "Deliver after 5 pm", "No plastic packaging 🌱", "Ring twice", "Ship with the next order",
    ];
}
