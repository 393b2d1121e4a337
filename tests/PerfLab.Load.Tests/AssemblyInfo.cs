// The tests time real schedules on a 2-core machine: run them one at a time, never beside each other.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
