using Microsoft.EntityFrameworkCore;

namespace PerfLab.Orm.Scenarios;

/// <summary>
/// The update comparison's techniques that are the same on both engines: the loyalty bonus on customers
/// <see cref="First"/>..<see cref="Last"/> through EF Core's <c>ExecuteUpdate</c> (one set-based UPDATE from LINQ) or
/// its classic load, modify, <c>SaveChanges</c> (one UPDATE per row). The engines' classes (<see cref="LoyaltyUpdate"/>,
/// <see cref="Postgres.PostgresLoyaltyUpdate"/>) add the hand-written UPDATE and restore the points between runs.
/// </summary>
public abstract class LoyaltyUpdateTechniques : OrmScenario
{
    public const int MaxRows = 1_000;
    public const int Bonus = 10;

    /// <summary>The first id updated.</summary>
    public const long First = 1;

    protected LoyaltyUpdateTechniques(IOrmAccess access) : base(access) => Last = Math.Min(MaxRows, access.Scale);

    /// <summary>The last id updated (the range is <c>1..Last</c>).</summary>
    public long Last { get; }

    /// <summary>Restores the updated rows' original points, outside the measurement, so every run updates the same values.</summary>
    public abstract void Reset();

    /// <summary>EF Core <c>ExecuteUpdate</c>: the same single UPDATE, translated from LINQ, no entities loaded.</summary>
    public int EfExecuteUpdate()
    {
        using var context = RentContext();
        return ExecuteUpdate(context, Last);
    }

    /// <summary>
    /// EF Core's classic path: load tracked entities, change them, <c>SaveChanges</c> (one UPDATE per row, in one
    /// transaction). The domain records are init-only, so the change goes through the change tracker's entry.
    /// </summary>
    public int EfLoadModifySave()
    {
        using var context = RentContext();
        return LoadModifySave(context, Last);
    }

    // The range arrives as a parameter, captured by the LINQ below under that name: EF names its SQL parameters after it.
    private static int ExecuteUpdate(CommerceDbContext context, long last)
    {
        var (first, bonus) = (First, Bonus);
        return context.Customers
            .Where(c => c.Id >= first && c.Id <= last)
            .ExecuteUpdate(s => s.SetProperty(c => c.LoyaltyPoints, c => c.LoyaltyPoints + bonus));
    }

    private static int LoadModifySave(CommerceDbContext context, long last)
    {
        var first = First; // a captured local, so EF sends it as a parameter as before (a constant would be inlined)
        foreach (var customer in context.Customers.Where(c => c.Id >= first && c.Id <= last).ToList())
        {
            context.Entry(customer).Property(c => c.LoyaltyPoints).CurrentValue = customer.LoyaltyPoints + Bonus;
        }
        return context.SaveChanges();
    }
}
