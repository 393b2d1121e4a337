using PerfLab.Data.Rows;

namespace PerfLab.Data.Postgres;

/// <summary>The column lists of <see cref="RowMapper"/>'s row shapes, quoted for PostgreSQL (same names, same order).</summary>
public static class PostgresColumns
{
    public static readonly string Customers = RowMapper.ColumnList(CommerceTables.Customers, null, quoted: true);
    public static readonly string OrderLines = RowMapper.ColumnList(CommerceTables.OrderLines, null, quoted: true);
    public static readonly string Orders = RowMapper.ColumnList(CommerceTables.Orders, null, quoted: true);
}
