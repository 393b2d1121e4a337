namespace PerfLab.Bench.Common;

/// <summary>
/// Every benchmark category in the lab, one place (dotnet/performance style). A category is one comparison: the
/// techniques in it do the same work and share one baseline row. Published names never change: when what a
/// comparison measures changes (its baseline, the work its rows do), it gets a new ID and the old one moves to
/// <see cref="Retired"/>, never to be used again, so results under one ID always mean one thing.
/// </summary>
public static class Categories
{
    /// <summary>
    /// ORM suite (<c>orm</c>): data-access techniques over the commerce schema. Every read comparison's baseline is
    /// hand-coded ADO.NET with a new command per call (what Dapper's own benchmarks call "hand coded"): Dapper and EF
    /// Core build a command per call too, and SQLite compiles (parses and plans) a statement in the client, so all of
    /// them pay that compilation and the ratios are each layer's own cost. Rows named "StatementReuse" prepare the
    /// statement once and only bind per call: what reusing a command saves, not a layer's overhead.
    /// </summary>
    public static class Orm
    {
        /// <summary>
        /// One customer by primary key, keys rotating over the whole table; baseline hand-coded ADO.NET (a new
        /// command per call). Both parse the same TEXT Guid and timestamp; Dapper's remaining gap is the way it gets
        /// there, per call: its query-cache lookup, parameters added by emitted code, every column read as an object
        /// through the reader's indexer (integers boxed), the Guid through the lab's Guid type handler and the
        /// timestamp through <c>Convert.ChangeType</c> (Dapper has no DateTime handler here, and the schema has no
        /// DateTimeOffset).
        /// </summary>
        public const string ById = "Orm.ById.HandCoded";

        /// <summary>About 160 order lines of one product through IX_OrderLines_ProductId; baseline hand-coded ADO.NET.</summary>
        public const string ListByIndex = "Orm.ListByIndex.HandCoded";

        /// <summary>A customer's orders with their lines: join vs N+1 vs Include vs split query vs Dapper; ADO.NET hand coded.</summary>
        public const string ParentWithChildren = "Orm.ParentWithChildren.HandCoded";

        /// <summary>A page of 100 customers as 3-column DTOs vs whole entities; ADO.NET hand coded.</summary>
        public const string Projection = "Orm.Projection.HandCoded";

        /// <summary>
        /// One customer by primary key on PostgreSQL, hand-coded ADO.NET over the connection pool, offered open loop at a
        /// quarter, a half and three quarters of one connection's back-to-back rate: latency percentiles, no ratio.
        /// </summary>
        public const string ByIdLoad = "Orm.ById.Load";

        /// <summary>Inserting 1,000 customers: one transaction per batch vs autocommit per row.</summary>
        public const string Insert = "Orm.Insert";

        /// <summary>Adding a bonus to 1,000 customers: one UPDATE vs ExecuteUpdate vs load-modify-save.</summary>
        public const string Update = "Orm.Update";
    }

    /// <summary>
    /// Index suite (<c>indexes</c>): clustered vs non-clustered access paths in SQLite and PostgreSQL. A comparison
    /// both engines answer with the same baseline technique holds both engines' rows, the PostgreSQL ones as the
    /// <c>Engine</c> parameter's cases of a <c>Postgres…Benchmarks</c> class with the same method names; the others are
    /// one engine's.
    /// </summary>
    public static class Indexes
    {
        /// <summary>One customer by id: the rowid (INTEGER PRIMARY KEY) vs INT PRIMARY KEY (automatic index, then rowid).</summary>
        public const string PointLookupById = "Indexes.PointLookupById";

        /// <summary>
        /// One customer by email: clustered on email vs secondary index vs covering index vs scan. SQLite clusters a
        /// WITHOUT ROWID table on its key; PostgreSQL has only heaps, so its baseline is a primary key on email with the
        /// heap CLUSTERed on it (still an index search, then the heap), its covering index <c>INCLUDE</c>s the columns.
        /// </summary>
        public const string PointLookupByEmail = "Indexes.PointLookupByEmail";

        /// <summary>The same point lookups with keys in clustering order vs in random order.</summary>
        public const string LookupKeyOrder = "Indexes.LookupKeyOrder";

        /// <summary>1,000 consecutive ids: rowid (clustered) vs the INT PRIMARY KEY's automatic index.</summary>
        public const string RangeById = "Indexes.RangeById";

        /// <summary>
        /// 1,000 consecutive emails: clustered vs secondary vs covering index vs scan (on PostgreSQL: a heap CLUSTERed
        /// on the email primary key, correlation 1, vs a heap in id order).
        /// </summary>
        public const string RangeByEmail = "Indexes.RangeByEmail";

        /// <summary>About 1,000 orders of consecutive customers: composite clustered key vs secondary index.</summary>
        public const string OrdersRange = "Indexes.OrdersRange";

        /// <summary>
        /// Inserting 10,000 customers into a table with 0, 1, 3 and 5 secondary indexes; no WAL checkpoint in the
        /// timed region (SQLite: auto-checkpoint off for the measured insert; PostgreSQL: a CHECKPOINT before it, one
        /// binary COPY and a durable commit in it).
        /// </summary>
        public const string InsertSecondaryIndexes = "Indexes.InsertSecondaryIndexes.NoCheckpoint";

        /// <summary>
        /// Inserting 10,000 customers clustered on a sequential key (rowid) vs random keys (email, GUID); no WAL
        /// checkpoint in the timed region.
        /// </summary>
        public const string InsertClusteredKeyOrder = "Indexes.InsertClusteredKeyOrder.NoCheckpoint";

        /// <summary>
        /// PostgreSQL: about 1,000 orders in a time window (of 200,000), through a B-tree on a heap CLUSTERed by time
        /// (baseline: correlation 1, the rows on a few pages), the same B-tree on the heap in id order (times random,
        /// correlation 0: the rows on most pages), and BRIN on a heap in time order (a tiny index whose 128-page ranges
        /// are read whole).
        /// </summary>
        public const string OrdersTimeRange = "Indexes.OrdersTimeRange";

        /// <summary>
        /// PostgreSQL: inserting 10,000 customers (one binary COPY, durable commit, after a CHECKPOINT) into a table
        /// whose primary key is a time-ordered UUIDv7 (baseline) vs a random UUIDv4 vs a bigint sequence; no other index.
        /// </summary>
        public const string InsertPrimaryKeyOrder = "Indexes.InsertPrimaryKeyOrder";
    }

    /// <summary>
    /// The serialization comparisons: one category per operation and payload, every serializer in it, System.Text.Json
    /// with reflection as the baseline. Serialize* run in the <c>serialization</c> suite, Deserialize* in the
    /// <c>deserialization</c> suite (split to fit protocol v2's budget; the IDs kept their names).
    /// </summary>
    public static class Serialization
    {
        /// <summary>Serializing one order line (83 bytes of JSON): per-call overhead.</summary>
        public const string SerializeSmall = "Serialization.SerializeSmall";

        /// <summary>Serializing one order with 20 lines and its customer nested (~2 KB of JSON).</summary>
        public const string SerializeMedium = "Serialization.SerializeMedium";

        /// <summary>
        /// Serializing a page of 10,000 customers, string heavy (~2.4 MB of JSON), each serializer into one reused
        /// buffer: the serializer's work, without the large fresh result whose page faults are the machine's.
        /// </summary>
        public const string SerializeLargeReusedBuffer = "Serialization.SerializeLarge.ReusedBuffer";

        /// <summary>Serializing 100,000 structs of numbers (~7.9 MB of JSON), each serializer into one reused buffer.</summary>
        public const string SerializeNumericReusedBuffer = "Serialization.SerializeNumeric.ReusedBuffer";

        /// <summary>
        /// The numeric payload by MemoryPack into a reused buffer vs into a new 3.2 MB array per call: what allocating
        /// a large result costs on this machine (first-touch page faults), in a fixed memory configuration.
        /// </summary>
        public const string SerializeNumericOutput = "Serialization.SerializeNumeric.Output";

        /// <summary>Deserializing one order line (83 bytes of JSON): per-call overhead.</summary>
        public const string DeserializeSmall = "Serialization.DeserializeSmall";

        /// <summary>Deserializing one order with 20 lines and its customer nested (~2 KB of JSON).</summary>
        public const string DeserializeMedium = "Serialization.DeserializeMedium";

        /// <summary>Deserializing a page of 10,000 customers, string heavy (~2.4 MB of JSON).</summary>
        public const string DeserializeLarge = "Serialization.DeserializeLarge";

        /// <summary>Deserializing 100,000 structs of numbers (~7.9 MB of JSON).</summary>
        public const string DeserializeNumeric = "Serialization.DeserializeNumeric";
    }

    /// <summary>Caching suite (<c>caching</c>): cached vs uncached reads of a customer by id, and what each strategy costs.</summary>
    public static class Caching
    {
        /// <summary>A read whose key is cached, per technique, against the uncached SQLite read.</summary>
        public const string HitPath = "Caching.HitPath";

        /// <summary>A read whose key is not cached (load and insert, then removal), against the uncached read.</summary>
        public const string MissPath = "Caching.MissPath";

        /// <summary>A Redis hit and miss over loopback, against the uncached read.</summary>
        public const string Redis = "Caching.Redis";

        /// <summary>
        /// Redis hits offered open loop at a quarter, a half and three quarters of one connection's back-to-back rate:
        /// latency percentiles at each offered rate, no ratio.
        /// </summary>
        public const string RedisLoad = "Caching.Redis.Load";

        /// <summary>
        /// Effective time per read of a Zipf key stream through a cache whose time to live (on a simulated clock) is
        /// chosen so the stream hits the named ratio (within one point; the achieved ratio is reported).
        /// </summary>
        public const string HitRatio = "Caching.HitRatio.Ttl";

        /// <summary>9 reads to 1 write under each write policy, the write an UPDATE of the changed column only, with the stale reads each one serves.</summary>
        public const string ReadWriteMix = "Caching.ReadWriteMix.ChangedColumn";

        /// <summary>64 concurrent callers on one cold key with a slow loader, with the loader calls each cache makes.</summary>
        public const string Stampede = "Caching.Stampede";
    }

    /// <summary>
    /// Security suite (<c>security</c>): what storing passwords and personal data properly costs. The password
    /// comparisons' baseline is PBKDF2-HMAC-SHA256 at OWASP's 600,000 iterations through
    /// <c>Rfc2898DeriveBytes.Pbkdf2</c>: the recommended setting of the one password hash .NET ships, so each ratio
    /// reads as cost per hash relative to the built-in recommended answer.
    /// </summary>
    public static class Security
    {
        /// <summary>
        /// Hashing one password for storage at recommended settings (a new random salt per call): ASP.NET Core
        /// Identity's v3 hasher, bcrypt at work factors 10 and 12, Argon2id at OWASP's m=19 MiB,t=2 and m=46 MiB,t=1
        /// in two managed implementations (Konscious, Isopoh) and native libsodium (Geralt); baseline PBKDF2-SHA256 at
        /// 600,000 iterations. A login recomputes the same hash, so each time is also the server's cost per login.
        /// </summary>
        public const string PasswordHash = "Security.PasswordHash";

        /// <summary>
        /// The wrong answers, one fast hash per guess: unsalted SHA-256 and salted single SHA-256, against the same
        /// PBKDF2-SHA256 baseline. The inverse of a ratio is how many times more guesses per second an attacker gets
        /// against a stolen table in that format.
        /// </summary>
        public const string FastHash = "Security.FastHash";

        /// <summary>
        /// Reading one customer by id from SQLite with email, name and phone sealed with AES-256-GCM (opened on read,
        /// key outside the database); baseline the same read with the fields as plaintext TEXT, so the ratio is what
        /// encryption adds to a row read.
        /// </summary>
        public const string FieldRead = "Security.FieldEncryption.Read";

        /// <summary>
        /// Saving one customer's email, name and phone (an UPDATE, autocommit, WAL with synchronous=NORMAL) sealed with
        /// AES-256-GCM; baseline the same UPDATE of plaintext TEXT, so the ratio is what encryption adds to a row write.
        /// </summary>
        public const string FieldWrite = "Security.FieldEncryption.Write";
    }

    /// <summary>
    /// Queries suite (<c>queries</c>): how a query is written, over a million orders in SQLite (the PostgreSQL issue
    /// has not landed). Every comparison's techniques return the same rows (tested).
    /// </summary>
    public static class Queries
    {
        /// <summary>
        /// A page of 50 orders in (OrderedAt, Id) order at depths 1, 100, 1,000 and 10,000, raw SQL through hand-coded
        /// ADO.NET: OFFSET/LIMIT against the baseline keyset seek (<c>WHERE (OrderedAt, Id) &gt; (…) … LIMIT 50</c>).
        /// </summary>
        public const string Pagination = "Queries.Pagination";

        /// <summary>The depth-10,000 page through Dapper (OFFSET, keyset: the baseline) and EF Core (Skip/Take, a seek predicate).</summary>
        public const string PaginationLayers = "Queries.Pagination.Layers";

        /// <summary>A page of the order list with customer name and city: copied columns and a summary table against the baseline JOIN.</summary>
        public const string DenormalizedRead = "Queries.Denormalization.Read";

        /// <summary>Renaming a customer, with the copies each storage keeps current; baseline the normalized single-row UPDATE.</summary>
        public const string DenormalizedRename = "Queries.Denormalization.Rename";

        /// <summary>Placing an order, with the copy each storage makes; baseline the normalized INSERT.</summary>
        public const string DenormalizedInsert = "Queries.Denormalization.Insert";

        /// <summary>Top customers by revenue over a segment: EF Core GROUP BY and client-side grouping against hand-written SQL.</summary>
        public const string Aggregation = "Queries.Aggregation";

        /// <summary>
        /// A customer by email: parameterized with a new command per call, Dapper, EF Core, and SQL text concatenated
        /// per call (plain, quotes doubled), against the baseline parameterized statement prepared once and re-bound.
        /// </summary>
        public const string SqlParameters = "Queries.SqlParameters";
    }

    /// <summary>
    /// Transactions suite (<c>transactions</c>): what ACID costs in SQLite (PostgreSQL has not landed), and what goes
    /// wrong without it. Durability after a crash and atomicity on failure are proved by tests, not benchmarks.
    /// </summary>
    public static class Transactions
    {
        /// <summary>
        /// Inserting the same generated customers committing every 1, 10, 100 and 1,000 rows (time per row; the small
        /// batches insert a prefix), per journal mode (DELETE, WAL) and synchronous level (OFF, NORMAL, FULL); baseline
        /// 1,000 rows per transaction within each setting.
        /// </summary>
        public const string CommitCost = "Transactions.CommitCost";

        /// <summary>
        /// Two readers' point reads while one writer commits (synchronous=FULL, busy_timeout 1 s), time per read;
        /// baseline the rollback journal (DELETE), against WAL.
        /// </summary>
        public const string ReadersWithWriter = "Transactions.ReadersWithWriter";

        /// <summary>
        /// Two connections incrementing one counter: read-modify-write without a transaction (baseline, loses updates)
        /// against an atomic UPDATE, BEGIN IMMEDIATE, a version column (ADO.NET) and EF Core's concurrency token.
        /// </summary>
        public const string LostUpdate = "Transactions.LostUpdate";
    }

    /// <summary>
    /// API suite (<c>api</c>): a REST API's choices over real HTTP on loopback, against the lab's Kestrel server
    /// (src/PerfLab.Api) in a process of its own. Every row is one request at a time on one pooled connection, its time
    /// the round trip with the client's decoding of the same orders (a customer's four orders with lines, about 4 KB of
    /// JSON), served from the server's in-memory copy of the data set; pagination's pages come from SQLite.
    /// </summary>
    public static class Api
    {
        /// <summary>
        /// The same orders by content negotiation on one endpoint, HTTP/1.1: JSON (System.Text.Json, source-generated;
        /// baseline) against MessagePack (integer keys) and protobuf (protobuf-net); each encoded by the server and decoded
        /// by the client with the same library.
        /// </summary>
        public const string WireFormat = "Api.WireFormat";

        /// <summary>The same JSON endpoint as a raw terminal middleware (baseline), a minimal API and an MVC controller action.</summary>
        public const string EndpointStyle = "Api.EndpointStyle";

        /// <summary>
        /// The minimal API endpoint without authentication (baseline) against JWT bearer authentication validating with
        /// JsonWebTokenHandler and with the legacy JwtSecurityTokenHandler, per signing algorithm (HS256, RS256, ES256).
        /// </summary>
        public const string Authentication = "Api.Authentication";

        /// <summary>
        /// One token validated in process, no HTTP: the legacy JwtSecurityTokenHandler (baseline) against
        /// JsonWebTokenHandler, the same parameters, per signing algorithm.
        /// </summary>
        public const string TokenValidation = "Api.TokenValidation";

        /// <summary>
        /// The same orders, one request at a time on one connection: REST with JSON over HTTP/1.1 (baseline) against
        /// the same over HTTP/2 (h2c) and gRPC unary (the contract marshalled by protobuf-net).
        /// </summary>
        public const string Protocol = "Api.Protocol";

        /// <summary>
        /// 16 requests in flight together (time per request): HTTP/1.1 over a connection per request in flight (baseline)
        /// against HTTP/2 streams multiplexed on one connection (JSON) and gRPC unary on one channel.
        /// </summary>
        public const string ConcurrentRequests = "Api.ConcurrentRequests";

        /// <summary>
        /// The orders from an endpoint with entity tags: the full 200 response (baseline) against a conditional GET
        /// answered 304 (the client's cached copy returned) and ASP.NET Core's output cache serving the stored response.
        /// </summary>
        public const string HttpCaching = "Api.HttpCaching";

        /// <summary>
        /// The raw middleware's JSON uncompressed (baseline) against ASP.NET Core's response compression: gzip at its
        /// default level (fastest), Brotli at fastest and at optimal; the client decompresses.
        /// </summary>
        public const string Compression = "Api.Compression";

        /// <summary>
        /// A page of 50 orders from the queries suite's million (SQLite, read by the server with raw SQL through ADO.NET)
        /// over HTTP/1.1, at a depth: following cursor links (keyset; baseline) against page-number links (OFFSET).
        /// </summary>
        public const string Pagination = "Api.Pagination";

        /// <summary>
        /// JSON and protobuf over HTTP/1.1, gRPC unary, and JSON with RS256 bearer validation, offered open loop at a
        /// quarter, a half and three quarters of each row's back-to-back rate: latency percentiles, no ratio.
        /// </summary>
        public const string Load = "Api.Load";
    }

    /// <summary>
    /// IDs whose meaning changed, kept so they are never used again (a published result under one of them meant
    /// what its comment says). A test checks no live category equals one of these.
    /// </summary>
    public static class Retired
    {
        /// <summary>By-key read with prepared (reused) ADO.NET as the baseline: it skipped the statement compilation the ORMs pay.</summary>
        public const string OrmById = "Orm.ById";

        /// <summary>List read with prepared (reused) ADO.NET as the baseline.</summary>
        public const string OrmListByIndex = "Orm.ListByIndex";

        /// <summary>Parent with children, ADO.NET rows on prepared (reused) commands.</summary>
        public const string OrmParentWithChildren = "Orm.ParentWithChildren";

        /// <summary>Projection, ADO.NET rows on prepared (reused) commands.</summary>
        public const string OrmProjection = "Orm.Projection";

        /// <summary>Point lookups of different keys against one baseline: a text key through an index divided by the integer rowid.</summary>
        public const string IndexesPointLookup = "Indexes.PointLookup";

        /// <summary>Index inserts whose timed region included the automatic WAL checkpoint only some variants reached.</summary>
        public const string IndexesInsertSecondaryIndexes = "Indexes.InsertSecondaryIndexes";

        /// <summary>Clustered-key inserts whose timed region included the automatic WAL checkpoint only some variants reached.</summary>
        public const string IndexesInsertClusteredKeyOrder = "Indexes.InsertClusteredKeyOrder";

        /// <summary>Hit ratio through a size-bounded IMemoryCache, which missed its named target ratio.</summary>
        public const string CachingHitRatio = "Caching.HitRatio";

        /// <summary>Read/write mix whose write rewrote all eight columns, the uniquely indexed Email among them.</summary>
        public const string CachingReadWriteMix = "Caching.ReadWriteMix";

        /// <summary>
        /// Large and numeric payloads serialized to a fresh <c>byte[]</c> per call: the large result's first-touch page
        /// faults, whose count follows the GC's pattern and whose price is the machine's, moved these ratios up to 7×
        /// between two machines of one kind. Replaced by the reused-buffer comparisons and the explicit output row.
        /// </summary>
        public const string SerializationSerializeLarge = "Serialization.SerializeLarge";

        /// <inheritdoc cref="SerializationSerializeLarge"/>
        public const string SerializationSerializeNumeric = "Serialization.SerializeNumeric";

        /// <summary>
        /// Benchmark IDs (<c>Namespace.Type</c> or <c>Namespace.Type.Method</c>, any parameters) retired with the
        /// categories above: a row whose work changed (a new command per call, no checkpoint, one column written, a
        /// time-to-live stream) or that was renamed to say what it does (StatementReuse) got a new name instead.
        /// </summary>
        public static readonly IReadOnlyList<string> Benchmarks =
        [
            "PerfLab.Bench.Orm.CustomerByIdBenchmarks.ById_Raw",
            "PerfLab.Bench.Orm.CustomerByIdBenchmarks.ById_AdoPrepared",
            "PerfLab.Bench.Orm.OrderLinesByProductBenchmarks.List_Raw",
            "PerfLab.Bench.Orm.OrderLinesByProductBenchmarks.List_AdoPrepared",
            "PerfLab.Bench.Orm.CustomerOrdersBenchmarks.Graph_AdoJoin",
            "PerfLab.Bench.Orm.CustomerOrdersBenchmarks.Graph_AdoNPlusOne",
            "PerfLab.Bench.Orm.CustomerProjectionBenchmarks.Projection_AdoSummaries",
            "PerfLab.Bench.Orm.CustomerProjectionBenchmarks.Projection_AdoEntities",
            "PerfLab.Bench.Indexes.PointLookupBenchmarks",
            "PerfLab.Bench.Indexes.InsertSecondaryIndexBenchmarks",
            "PerfLab.Bench.Indexes.InsertClusteredKeyOrderBenchmarks",
            "PerfLab.Bench.Caching.ReadWriteMixBenchmarks",
            "PerfLab.Bench.Caching.HitRatioBenchmarks",
            "PerfLab.Bench.Serialization.SerializeLarge",
            "PerfLab.Bench.Serialization.SerializeNumeric",
        ];

        /// <summary>True when a benchmark (<c>Namespace.Type.Method</c>) carries a retired ID.</summary>
        public static bool IsRetired(string benchmark) =>
            Benchmarks.Any(id => benchmark == id || benchmark.StartsWith(id + ".", StringComparison.Ordinal));
    }
}
