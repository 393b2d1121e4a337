namespace PerfLab.Contract;

/// <summary>
/// The names perflab, the bench programs and the report share, each written once: the suites, the profiles, the
/// database engines. (Nested, so they never clash with the classes that give them behaviour: perflab's
/// <c>SuiteRegistry</c> and <c>Profiles</c>, the bench's <c>LabProfile</c> and <c>Engines</c>, the report's <c>EngineNames</c>.)
/// </summary>
public static class LabNames
{
    /// <summary>
    /// The suites' public names (results/&lt;name&gt;.md, <c>--suite</c>, the exports' <c>PerfLab.Suite</c>). perflab's
    /// registry (src/PerfLab.Lab/SuiteRegistry.cs) pairs each with its bench project and sets the run order; a bench class
    /// that names its suite uses these.
    /// </summary>
    public static class Suites
    {
        public const string Orm = "orm";
        public const string Indexes = "indexes";
        public const string Serialization = "serialization";
        public const string Deserialization = "deserialization";
        public const string Caching = "caching";
        public const string Security = "security";
        public const string Queries = "queries";
        public const string Transactions = "transactions";
        public const string Api = "api";
    }

    /// <summary>
    /// The profiles, as perflab's <c>--profile</c>, the bench programs' <c>LabProfile</c> and the exports'
    /// <c>PerfLab.Profile</c> name them; how the results profile measures: bench/PerfLab.Bench.Common/results-profile.md.
    /// </summary>
    public static class Profiles
    {
        /// <summary>Protocol v2: the only profile whose runs may be published into results/ and the README.</summary>
        public const string Results = "results";

        /// <summary>BenchmarkDotNet's Dry job in process: proves every case runs; its times mean nothing.</summary>
        public const string Quick = "quick";

        /// <summary>The v1 profile, which measured before steady state: naming it is an error that points to <see cref="Results"/>.</summary>
        public const string Retired = "default";
    }

    /// <summary>
    /// The database engines, as the bench programs, perflab's <c>--engine</c> and the report name them. A database suite's
    /// case names its engine in an <see cref="ParameterName"/> parameter; a case without one is <see cref="Sqlite"/>'s
    /// (the SQLite classes came first and keep their published IDs).
    /// </summary>
    public static class Engines
    {
        public const string ParameterName = "Engine";
        public const string Sqlite = "SQLite";
        public const string PostgreSql = "PostgreSQL";

        /// <summary>The engines in the lab's order.</summary>
        public static IReadOnlyList<string> All { get; } = [Sqlite, PostgreSql];

        /// <summary><c>--engine</c> as given on a command line (any case), in its canonical spelling.</summary>
        /// <exception cref="BadInputException">Not an engine of the lab.</exception>
        public static string Parse(string name) =>
            All.FirstOrDefault(e => string.Equals(e, name, StringComparison.OrdinalIgnoreCase))
            ?? throw new BadInputException($"--engine '{name}' is not an engine of the lab ({string.Join(", ", All)})");
    }

    /// <summary>
    /// A suite's parts: named sets of its comparisons, each run and published on its own (<c>--part</c>), so that a
    /// suite whose full run outlasts the lab's 15-minute budget is measured in runs that each fit it. A part holds whole
    /// comparisons, so every ratio still comes from rows interleaved in the same rounds; with <c>--engine</c> it is one
    /// engine's rows of those comparisons. Every comparison of a suite that has parts is in exactly one of them (tested
    /// against the bench programs' categories).
    /// </summary>
    public static class Parts
    {
        /// <summary>The part's name (<c>--part</c>, the exports' <c>PerfLab.Part</c>), its suite, and the comparisons it runs.</summary>
        /// <param name="Comparisons">Category IDs; a case belongs to the part when one of its categories is one of them or starts with one and a dot.</param>
        public sealed record Part(string Suite, string Name, IReadOnlyList<string> Comparisons)
        {
            public bool Holds(string category) =>
                Comparisons.Any(c => category == c || (category.StartsWith(c, StringComparison.Ordinal) && category.Length > c.Length && category[c.Length] == '.'));
        }

        // Sized from each suite's published run of 2026-12-04 (its comparisons' measured stages plus the run's set-up
        // per case), plus the half second the results job now spends before each pilot: orm's PostgreSQL part ran
        // 42 min whole, indexes 19 (each engine), caching 17, serialization, deserialization and queries 15 min 20 s.
        // Each part comes to 4-13 minutes on any engine. security (10 min) and transactions (12) are run whole.
        public static IReadOnlyList<Part> All { get; } =
        [
            new(Suites.Orm, "by-id", ["Orm.ById.HandCoded"]),
            new(Suites.Orm, "load", ["Orm.ById.Load"]),
            new(Suites.Orm, "lists", ["Orm.ListByIndex.HandCoded", "Orm.ParentWithChildren.HandCoded"]),
            // Projection with the writes ran 16 min 47 s on PostgreSQL (a write case's untimed resets cost about 10 s a case).
            new(Suites.Orm, "projection", ["Orm.Projection.HandCoded"]),
            new(Suites.Orm, "writes", ["Orm.Insert", "Orm.Update"]),
            new(Suites.Indexes, "lookups", ["Indexes.PointLookupById", "Indexes.PointLookupByEmail", "Indexes.LookupKeyOrder"]),
            new(Suites.Indexes, "ranges", ["Indexes.RangeById", "Indexes.RangeByEmail", "Indexes.OrdersRange", "Indexes.OrdersTimeRange"]),
            new(Suites.Indexes, "inserts", ["Indexes.InsertSecondaryIndexes.NoCheckpoint", "Indexes.InsertClusteredKeyOrder.NoCheckpoint", "Indexes.InsertPrimaryKeyOrder"]),
            new(Suites.Caching, "in-process", ["Caching.HitPath", "Caching.MissPath", "Caching.HitRatio.Ttl", "Caching.ReadWriteMix.ChangedColumn", "Caching.Stampede"]),
            new(Suites.Caching, "redis", ["Caching.Redis", "Caching.Redis.Load"]),
            new(Suites.Serialization, "small-and-medium", ["Serialization.SerializeSmall", "Serialization.SerializeMedium"]),
            new(Suites.Serialization, "large-and-numeric", ["Serialization.SerializeLarge.ReusedBuffer", "Serialization.SerializeNumeric.ReusedBuffer", "Serialization.SerializeNumeric.Output"]),
            new(Suites.Deserialization, "small-and-medium", ["Serialization.DeserializeSmall", "Serialization.DeserializeMedium"]),
            new(Suites.Deserialization, "large-and-numeric", ["Serialization.DeserializeLarge", "Serialization.DeserializeNumeric"]),
            new(Suites.Queries, "pagination-and-parameters", ["Queries.Pagination", "Queries.Pagination.Layers", "Queries.SqlParameters"]),
            new(Suites.Queries, "denormalization-and-aggregation", ["Queries.Denormalization.Read", "Queries.Denormalization.Rename", "Queries.Denormalization.Insert", "Queries.Aggregation"]),
            // api: by question, so that each new question lands as a part of its own.
            new(Suites.Api, "formats-and-styles", ["Api.WireFormat", "Api.EndpointStyle"]),
            new(Suites.Api, "authentication", ["Api.Authentication", "Api.TokenValidation"]),
            new(Suites.Api, "protocols", ["Api.Protocol", "Api.ConcurrentRequests"]),
            new(Suites.Api, "http-caching", ["Api.HttpCaching", "Api.Compression"]),
            new(Suites.Api, "pagination", ["Api.Pagination"]),
            // 12 load cases of about 15 s each (a 3.5 s capacity measurement, 12 one-second runs), 5 rounds: about 15 min.
            new(Suites.Api, "load", ["Api.Load"]),
        ];

        /// <summary>The parts of <paramref name="suite"/>, in the lab's order; empty when it is run whole.</summary>
        public static IReadOnlyList<Part> Of(string suite) => All.Where(p => p.Suite == suite).ToArray();

        /// <summary><c>--part</c> as given (any case) for <paramref name="suite"/>.</summary>
        /// <exception cref="BadInputException">The suite has no such part.</exception>
        public static Part Parse(string suite, string name)
        {
            var parts = Of(suite);
            return parts.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase))
                   ?? throw new BadInputException(parts.Count == 0
                       ? $"--part '{name}': suite {suite} has no parts (it is run whole)"
                       : $"--part '{name}' is not a part of suite {suite} ({string.Join(", ", parts.Select(p => p.Name))})");
        }
    }
}
