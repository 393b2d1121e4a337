using System.Text.Json;

namespace PerfLab.Data.Postgres;

/// <summary>One node of a PostgreSQL plan: its type (<c>Index Only Scan</c>), the relation and index it reads, if any.</summary>
public sealed record PlanNode(string NodeType, string? Relation, string? Index);

/// <summary>What a statement's execution did: its plan's nodes, depth first, and the shared buffers it touched.</summary>
/// <param name="SharedBuffersHit">Pages found in PostgreSQL's buffer cache.</param>
/// <param name="SharedBuffersRead">Pages read from the OS (its page cache or the disk).</param>
public sealed record ExecutedPlan(IReadOnlyList<PlanNode> Nodes, long SharedBuffersHit, long SharedBuffersRead)
{
    /// <summary>
    /// The table visits of the plan's Index Only Scans: rows whose heap page the visibility map does not mark
    /// all-visible (0 after VACUUM on a table nothing has written since).
    /// </summary>
    public long HeapFetches { get; init; }

    /// <summary>The plan as one line: <c>Index Only Scan using IX_Customers_Email on Customers</c>, nodes separated by " / ".</summary>
    public string Describe() => string.Join(" / ", Nodes.Select(n =>
        n.NodeType + (n.Index is null ? "" : $" using {n.Index}") + (n.Relation is null ? "" : $" on {n.Relation}")));
}

/// <summary>
/// PostgreSQL's <c>EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON)</c> for a statement: how tests prove a benchmark measures
/// the access path its name claims (Index Scan, Index Only Scan, Bitmap Heap Scan, Seq Scan), and how pages record
/// the buffers it reads. ANALYZE executes the statement: use it on reads, or inside a transaction rolled back.
/// </summary>
public static class PostgresQueryPlan
{
    public static ExecutedPlan Explain(NpgsqlConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        ArgumentNullException.ThrowIfNull(connection);
        using var command = new NpgsqlCommand("EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) " + sql, connection);
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        using var document = JsonDocument.Parse((string)command.ExecuteScalar()!);
        var plan = document.RootElement[0].GetProperty("Plan");
        var nodes = new List<PlanNode>();
        long heapFetches = 0;
        Walk(plan, nodes, ref heapFetches);
        return new ExecutedPlan(nodes, Long(plan, "Shared Hit Blocks"), Long(plan, "Shared Read Blocks")) { HeapFetches = heapFetches };
    }

    private static void Walk(JsonElement node, List<PlanNode> nodes, ref long heapFetches)
    {
        nodes.Add(new PlanNode(node.GetProperty("Node Type").GetString()!, Text(node, "Relation Name"), Text(node, "Index Name")));
        heapFetches += Long(node, "Heap Fetches");
        if (node.TryGetProperty("Plans", out var children))
        {
            foreach (var child in children.EnumerateArray()) Walk(child, nodes, ref heapFetches);
        }
    }

    private static string? Text(JsonElement node, string name) => node.TryGetProperty(name, out var value) ? value.GetString() : null;

    // The top node's buffer counts include its children's.
    private static long Long(JsonElement node, string name) => node.TryGetProperty(name, out var value) ? value.GetInt64() : 0;
}
