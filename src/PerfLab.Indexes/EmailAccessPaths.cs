namespace PerfLab.Indexes;

/// <summary>
/// The four ways an engine reaches customers by email, the techniques of the email comparisons both engines answer
/// (the point lookup and the range): the table clustered on email (SQLite's WITHOUT ROWID; PostgreSQL's heap CLUSTERed
/// on an email primary key), a secondary index, a covering index, no index.
/// </summary>
public sealed record EmailAccessPaths<TPath>(TPath Clustered, TPath SecondaryIndex, TPath CoveringIndex, TPath Scan);
