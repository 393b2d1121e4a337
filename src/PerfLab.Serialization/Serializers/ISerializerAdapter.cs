using System.Buffers;

namespace PerfLab.Serialization.Serializers;

/// <summary>One serializer, one configuration, behind the two calls every comparison makes.</summary>
/// <remarks>
/// Generic methods rather than a generic interface so one instance serves every payload type. Benchmarks call the
/// concrete sealed adapters (see <see cref="SerializerCatalog"/>), so the JIT binds the calls directly; the interface
/// is for tests and reports that walk all serializers.
/// </remarks>
public interface ISerializerAdapter
{
    /// <summary>Stable name: benchmark method suffixes and report rows use it.</summary>
    string Name { get; }

    /// <summary>The library's own way to produce a fresh <c>byte[]</c>.</summary>
    byte[] Serialize<T>(T value);

    T Deserialize<T>(ReadOnlyMemory<byte> bytes);
}

/// <summary>
/// A serializer that can also write into a caller's <see cref="IBufferWriter{T}"/>, so a caller that reuses its
/// buffer pays for no output array at all (the "buffer-reusing" rows).
/// </summary>
public interface IBufferWriterSerializerAdapter : ISerializerAdapter
{
    /// <summary>Appends the same bytes <see cref="ISerializerAdapter.Serialize{T}(T)"/> returns.</summary>
    void Serialize<T>(IBufferWriter<byte> destination, T value);
}
