namespace PerfLab.Serialization.Serializers;

internal static class SerializerErrors
{
    public static InvalidDataException NullPayload(string serializer) =>
        new($"{serializer}: the bytes hold a null document where an object was expected");
}
