using System.Buffers.Binary;

namespace HydraEngine.StoreCrashTest;

/// <summary>Unique PNG-headed files of varied size (mostly small, some a few MB) for the crash workload.</summary>
internal static class SyntheticImage
{
    public static byte[] Create(Random random)
    {
        var size = random.Next(100) switch
        {
            < 70 => random.Next(1_000, 64_000),
            < 95 => random.Next(64_000, 512_000),
            _ => random.Next(2_000_000, 6_000_000),
        };
        var bytes = new byte[size];
        random.NextBytes(bytes);
        ReadOnlySpan<byte> signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, (byte)'I', (byte)'H', (byte)'D', (byte)'R'];
        signature.CopyTo(bytes);
        BinaryPrimitives.WriteUInt32BigEndian(bytes.AsSpan(16), (uint)random.Next(1, 5000));
        BinaryPrimitives.WriteUInt32BigEndian(bytes.AsSpan(20), (uint)random.Next(1, 5000));
        return bytes;
    }
}
