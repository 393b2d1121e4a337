// The tests run BenchmarkDotNet in process (the quick profile), which owns the console and the probes' record while it
// runs: one at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
