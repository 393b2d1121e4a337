using System.Text;
using PerfLab.Security.Passwords;

namespace PerfLab.Security.Tests;

public sealed class PasswordSamplesTests
{
    [Fact]
    public void The_samples_are_the_same_every_run_distinct_and_fit_bcrypt()
    {
        var samples = PasswordSamples.Create();

        Assert.Equal(PasswordSamples.DefaultCount, samples.Count);
        Assert.Equal(samples, PasswordSamples.Create());
        Assert.Equal(samples.Count, samples.Distinct(StringComparer.Ordinal).Count());
        Assert.All(samples, p => Assert.InRange(Encoding.UTF8.GetByteCount(p), 8, 72));
        Assert.Contains(samples, p => p.Any(c => c > 127));
    }

    [Fact]
    public void Another_seed_gives_other_passwords() =>
        Assert.NotEqual(PasswordSamples.Create(), PasswordSamples.Create(seed: 7));
}
