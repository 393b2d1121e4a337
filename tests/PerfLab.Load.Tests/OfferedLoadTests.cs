namespace PerfLab.Load.Tests;

public sealed class OfferedLoadTests
{
    [Theory]
    [InlineData(LoadLevel.Quarter, 0.25)]
    [InlineData(LoadLevel.Half, 0.5)]
    [InlineData(LoadLevel.ThreeQuarters, 0.75)]
    public async Task OffersItsShareOfTheMeasuredBackToBackRate_ForOneRunTime(LoadLevel level, double fraction)
    {
        // A 200 µs service: one caller back to back reaches at most 5,000 requests per second.
        var server = new SyntheticServer(TimeSpan.FromMicroseconds(200));
        var load = await OfferedLoad.MeasureAsync(server.HandleAsync, level);

        Assert.InRange(load.CapacityRate, 500, 5000);
        Assert.Equal(fraction, load.OfferedFraction);
        Assert.Equal(load.CapacityRate * fraction, load.OfferedRate, 6);
        var run = load.Run();
        Assert.Equal((int)Math.Ceiling(load.OfferedRate * OfferedLoad.RunTime.TotalSeconds), run.Requested);
        Assert.Equal(run.Requested, run.Completed + run.Errors + run.Timeouts + run.NotStarted);
        Assert.Equal(0, run.NotStarted);
    }

    [Fact]
    public async Task ACaseWhoseRequestNeverSucceeds_FailsInItsSetup()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            OfferedLoad.MeasureAsync(_ => throw new System.Net.Sockets.SocketException(111), LoadLevel.Half));
        Assert.Contains("errors", error.Message);
    }
}
