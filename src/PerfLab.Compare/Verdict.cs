namespace PerfLab.Compare;

public enum Verdict
{
    /// <summary>Faster beyond the threshold and the noise floor, and the interval excludes "no change".</summary>
    Faster,

    /// <summary>Slower beyond the threshold and the noise floor, and the interval excludes "no change".</summary>
    Slower,

    /// <summary>The whole interval lies within the threshold (equivalence), or the whole shift lies under the noise floor.</summary>
    Same,

    /// <summary>The launches disagree too much (or are too few) to tell a shift from launch-to-launch noise.</summary>
    Inconclusive,
}
