namespace PerfLab.Load;

/// <summary>An offered rate as a share of the measured single-connection capacity (<see cref="OfferedLoad"/>).</summary>
public enum LoadLevel
{
    Quarter,
    Half,
    ThreeQuarters,
}
