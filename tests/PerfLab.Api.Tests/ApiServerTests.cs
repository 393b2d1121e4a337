using System.Diagnostics;
using PerfLab.Machine;
using PerfLab.Tests.Shared;

namespace PerfLab.Api.Tests;

/// <summary>The server as the lab runs it: on loopback, on the placement's CPUs, and gone with its owner.</summary>
public sealed class ApiServerTests
{
    [Fact]
    public async Task It_serves_both_protocols_on_loopback_and_is_gone_after_dispose()
    {
        string folder;
        int pid;
        using (var server = ApiServer.Start(customers: 50))
        {
            (folder, pid) = (server.Folder, server.ProcessId);
            Assert.Equal("127.0.0.1", server.Http1.Host);
            using var http1 = new ApiClient(server.Http1);
            using var http2 = new ApiClient(server.H2c, System.Net.HttpVersion.Version20);
            Assert.Equal(5, (await http1.GetOrdersAsync(5, WireFormat.Json)).CustomerId);
            Assert.Equal(5, (await http2.GetOrdersAsync(5, WireFormat.Json)).CustomerId);
            Assert.NotEmpty(ServerProcesses.In("dotnet", folder));
        }
        Assert.False(Directory.Exists(folder));
        Assert.Throws<ArgumentException>(() => Process.GetProcessById(pid));
    }

    /// <summary>Split placement: the server runs on the servers' CPUs (taskset execs it, so its pid is the one started).</summary>
    [Fact]
    public void The_server_runs_on_the_placements_server_cpus()
    {
        var placement = CpuPlacement.Current;
        using var server = ApiServer.Start(customers: 50);

        var record = placement.ReadBack("API server", [server.ProcessId]);
        var all = CpuPlacement.Format(CpuPlacement.AllowedCpus("self")!);
        Assert.Equal(placement.Mode == CpuPlacement.Split ? placement.ServerCpus : all, record.ServerCpus);
    }

    [Fact]
    public void The_server_stops_and_its_folder_goes_when_its_owner_dies_without_disposing_it()
    {
        using var owner = Process.Start("sleep", "120");
        var server = ApiServer.Start(customers: 50, owner: owner.Id);
        Assert.StartsWith(Path.Combine(Path.GetTempPath(), "perflab-api-"), server.Folder, StringComparison.Ordinal);
        Assert.NotEmpty(ServerProcesses.In("dotnet", server.Folder));

        owner.Kill();
        owner.WaitForExit();

        Assert.True(ServerProcesses.GoneWithin("dotnet", server.Folder, TimeSpan.FromSeconds(30)), $"the api server in {server.Folder} outlived its owner");
    }

    [Theory]
    [InlineData("--customers", "10")]
    [InlineData("--keys", "/nonexistent/keys.json")]
    [InlineData("--bogus")]
    public async Task Bad_arguments_get_one_line_and_exit_code_2(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "PerfLab.Api.dll"));
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.Equal(2, process.ExitCode);
        Assert.Single(error.Trim().Split('\n'));
    }
}
