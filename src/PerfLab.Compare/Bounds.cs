namespace PerfLab.Compare;

/// <summary>A closed confidence interval.</summary>
public readonly record struct Bounds(double Lower, double Upper)
{
    public bool Contains(double value) => Lower <= value && value <= Upper;
}
