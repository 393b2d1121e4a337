using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;

namespace PerfLab.Data.Sqlite;

/// <summary>
/// One shape of database the suites measure against: its DDL and how it is filled from the generated data.
/// Every variant the lab uses is defined in this project, so there is one builder for all suites.
/// </summary>
public abstract class SchemaVariant
{
    /// <summary>A short, file-name-safe name (it names the cached database file).</summary>
    public abstract string Name { get; }

    /// <summary>Statements run before loading: tables and any index that must exist while rows arrive.</summary>
    public abstract IReadOnlyList<string> CreateStatements { get; }

    /// <summary>Statements run after loading (secondary indexes are cheaper to build once than to maintain row by row).</summary>
    public virtual IReadOnlyList<string> PostLoadStatements => [];

    /// <summary>Fills the tables inside the builder's single transaction.</summary>
    public abstract void Load(SqliteConnection connection, SqliteTransaction transaction, CommerceDataGenerator data);

    /// <summary>
    /// Changes whenever the variant's DDL changes, so a cached file built from an older definition is never reused.
    /// Bump <see cref="DataVersion"/> when the generator or a loader changes what rows are written.
    /// </summary>
    public string Fingerprint
    {
        get
        {
            var text = string.Join("\n", [Name, DataVersion.ToString(System.Globalization.CultureInfo.InvariantCulture), .. CreateStatements, .. PostLoadStatements]);
            return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..12];
        }
    }

    /// <summary>The version of the data written by the generator and loaders.</summary>
    public virtual int DataVersion => 1;

    public override string ToString() => Name;
}
