namespace PerfLab.Queries.Tests;

/// <summary>
/// The injection corpus the searches are tested against: tautologies, UNION-based extraction, stacked queries, comment
/// truncation, quote tricks (backslash, double quotes, encodings), Unicode look-alike quotes, numeric-context
/// injection, LIKE wildcards, second-order payloads (stored, then reused) and ORDER BY identifiers. The scratch
/// database has a <c>Secrets</c> table and an <c>admin@example.com</c> customer for them to reach.
/// </summary>
public static class InjectionCorpus
{
    public const string AdminEmail = "admin@example.com";

    public static readonly IReadOnlyList<Payload> All =
    [
        // Tautologies: make the WHERE clause true for every row.
        new("Tautology", InjectionContext.Text, "' OR '1'='1"),
        new("Tautology", InjectionContext.Text, "' OR 1=1 --"),
        new("Tautology", InjectionContext.Text, "' OR 'a'='a' --"),
        new("Tautology", InjectionContext.Text, "x' OR 1=1 OR 'x'='y"),
        new("Tautology", InjectionContext.Text, "' OR ''='"),
        new("Tautology", InjectionContext.Text, "') OR ('1'='1"),
        new("Tautology", InjectionContext.Text, "' OR 1 --"),
        new("Tautology", InjectionContext.Text, "' OR Email LIKE '%"),
        new("Tautology", InjectionContext.Text, "nobody@example.com' OR Id > 0 --"),

        // UNION-based extraction: append rows from another table.
        new("Union", InjectionContext.Text, "' UNION SELECT Id, Token, Token, Token FROM Secrets --"),
        new("Union", InjectionContext.Text, "x' UNION ALL SELECT Id, Token, 'n', 'c' FROM Secrets --"),
        new("Union", InjectionContext.Text, "' UNION SELECT 1, name, type, sql FROM sqlite_master --"),
        new("Union", InjectionContext.Text, "' AND 0 UNION SELECT Id, Token, Token, Token FROM Secrets WHERE '1'='1"),
        new("Union", InjectionContext.Text, "' UNION SELECT 0, group_concat(Token), 'x', 'y' FROM Secrets --"),
        new("Union", InjectionContext.Numeric, "0 UNION SELECT Id, Token, Token, Token FROM Secrets"),
        new("Union", InjectionContext.Numeric, "-1 UNION ALL SELECT Id, Token, 'a', 'b' FROM Secrets --"),

        // Stacked queries: end the statement and run another.
        new("Stacked", InjectionContext.Text, "x'; DROP TABLE Secrets; --"),
        new("Stacked", InjectionContext.Text, "x'; DELETE FROM Customers; --"),
        new("Stacked", InjectionContext.Text, "x'; UPDATE Customers SET Name = 'pwned'; --"),
        new("Stacked", InjectionContext.Text, "x'; INSERT INTO Secrets (Token) VALUES ('planted'); --"),
        new("Stacked", InjectionContext.Text, "x'; CREATE TABLE Pwned (x); --"),
        new("Stacked", InjectionContext.Text, "x'; DROP TABLE Orders; --"),
        new("Stacked", InjectionContext.Numeric, "1; DROP TABLE Secrets"),
        new("Stacked", InjectionContext.Numeric, "1; UPDATE Customers SET City = 'pwned'"),

        // Comment truncation: cut off the rest of the statement (e.g. a password check).
        new("Comment", InjectionContext.Text, AdminEmail + "'--"),
        new("Comment", InjectionContext.Text, AdminEmail + "' --"),
        new("Comment", InjectionContext.Text, AdminEmail + "'/*"),
        new("Comment", InjectionContext.Text, AdminEmail + "'; --"),
        new("Comment", InjectionContext.Text, "' OR Email = '" + AdminEmail + "' --"),
        new("Comment", InjectionContext.Text, AdminEmail + "' /* note */ --"),

        // Quote tricks: other ways to open or close a literal.
        new("Quote", InjectionContext.Text, "''"),
        new("Quote", InjectionContext.Text, "\\' OR 1=1 --"),
        new("Quote", InjectionContext.Text, "'' OR 1=1 --"),
        new("Quote", InjectionContext.Text, "\" OR \"\"=\""),
        new("Quote", InjectionContext.Text, AdminEmail + "\" OR \"1\"=\"1"),
        new("Quote", InjectionContext.Text, "%27 OR 1=1 --"),
        new("Quote", InjectionContext.Text, "&#39; OR 1=1 --"),
        new("Quote", InjectionContext.Text, "'''; DROP TABLE Secrets; --"),

        // Unicode quotes: look-alikes (SQLite treats them as ordinary characters) and real quotes hidden behind Unicode.
        new("UnicodeQuote", InjectionContext.Text, "\u2019 OR 1=1 --"),
        new("UnicodeQuote", InjectionContext.Text, "\u02BC OR \u02BC1\u02BC=\u02BC1"),
        new("UnicodeQuote", InjectionContext.Text, "\uFF07 OR \uFF071\uFF07=\uFF071"),
        new("UnicodeQuote", InjectionContext.Text, "\u2018 OR 1=1 --"),
        new("UnicodeQuote", InjectionContext.Text, "\u2032 OR 1=1 --"),
        new("UnicodeQuote", InjectionContext.Text, "\u200B' OR 1=1 --"),
        new("UnicodeQuote", InjectionContext.Text, "\uFF58' OR 1=1 --"),
        new("UnicodeQuote", InjectionContext.Text, "caf\u00E9' OR '\u00E9'='\u00E9"),

        // Numeric context: no quote needed, so escaping quotes does not help.
        new("Numeric", InjectionContext.Numeric, "1 OR 1=1"),
        new("Numeric", InjectionContext.Numeric, "0 OR Id > 0"),
        new("Numeric", InjectionContext.Numeric, "1 --"),
        new("Numeric", InjectionContext.Numeric, "(SELECT max(Id) FROM Customers)"),
        new("Numeric", InjectionContext.Numeric, "1 AND 0 UNION SELECT Id, Token, Token, Token FROM Secrets"),
        new("Numeric", InjectionContext.Numeric, "-1 OR 1=1"),
        new("Numeric", InjectionContext.Numeric, "1e0 OR 1=1"),
        new("Numeric", InjectionContext.Numeric, "0x1 OR 1=1"),
        new("Numeric", InjectionContext.Numeric, "1/*c*/OR/**/1=1"),
        new("Numeric", InjectionContext.Numeric, "CASE WHEN (SELECT count(*) FROM Secrets) > 0 THEN 1 ELSE 0 END"),

        // LIKE wildcards: data that is pattern syntax.
        new("LikeWildcard", InjectionContext.Like, "%"),
        new("LikeWildcard", InjectionContext.Like, "_"),
        new("LikeWildcard", InjectionContext.Like, "%a%"),
        new("LikeWildcard", InjectionContext.Like, "__%"),
        new("LikeWildcard", InjectionContext.Like, "[a-z]%"),
        new("LikeWildcard", InjectionContext.Like, "\\%"),
        new("LikeWildcard", InjectionContext.Like, "%' OR '1'='1"),
        new("LikeWildcard", InjectionContext.Like, "a_b"),
        new("LikeWildcard", InjectionContext.Like, "%%%%%%%%"),

        // Second order: harmless to store, an attack when a later query concatenates the stored value.
        new("SecondOrder", InjectionContext.SecondOrder, "London' OR '1'='1"),
        new("SecondOrder", InjectionContext.SecondOrder, "x' UNION SELECT Id, Token, Token, Token FROM Secrets --"),
        new("SecondOrder", InjectionContext.SecondOrder, "x'; DELETE FROM Secrets; --"),
        new("SecondOrder", InjectionContext.SecondOrder, "O'Brien"),
        new("SecondOrder", InjectionContext.SecondOrder, "Montr\u00E9al'--"),
        new("SecondOrder", InjectionContext.SecondOrder, "' OR City IS NOT NULL --"),

        // Identifiers: a user-chosen sort column.
        new("OrderBy", InjectionContext.OrderBy, "Id; DROP TABLE Secrets; --"),
        new("OrderBy", InjectionContext.OrderBy, "(SELECT Token FROM Secrets LIMIT 1)"),
        new("OrderBy", InjectionContext.OrderBy, "CASE WHEN (SELECT substr(Token, 1, 1) FROM Secrets LIMIT 1) = 'S' THEN Name ELSE Email END"),
        new("OrderBy", InjectionContext.OrderBy, "Name DESC; UPDATE Customers SET Name = 'pwned'; --"),
        new("OrderBy", InjectionContext.OrderBy, "Id LIMIT 0; DELETE FROM Customers; --"),
        new("OrderBy", InjectionContext.OrderBy, "1"),
        new("OrderBy", InjectionContext.OrderBy, "Name COLLATE NOCASE"),
    ];
}
