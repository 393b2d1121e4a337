using System.Buffers;

namespace PerfLab.Bench.Serialization;

/// <summary>One output buffer a benchmark writes every call into: emptied, not cleared; its capacity settles during warm-up.</summary>
public sealed class ReusedBuffer
{
    private readonly ArrayBufferWriter<byte> _buffer = new();

    public ArrayBufferWriter<byte> Emptied()
    {
        _buffer.ResetWrittenCount();
        return _buffer;
    }
}
