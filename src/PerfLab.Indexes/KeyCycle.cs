namespace PerfLab.Indexes;

/// <summary>
/// Precomputed keys handed out in turn, one per benchmark invocation, wrapping around: every call looks up a different
/// row (no answer served from a just-warmed page or a cached result) and choosing the key costs an array read.
/// </summary>
public sealed class KeyCycle<T>
{
    private readonly T[] _keys;
    private int _next;

    public KeyCycle(T[] keys)
    {
        ArgumentOutOfRangeException.ThrowIfZero(keys.Length, nameof(keys));
        _keys = keys;
    }

    public T Next()
    {
        var key = _keys[_next];
        _next = _next + 1 == _keys.Length ? 0 : _next + 1;
        return key;
    }
}
