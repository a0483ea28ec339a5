using System.Buffers.Binary;

namespace HydraEngine.Definitions.Tests.Mutation;

/// <summary>Corrupts PNG bytes the ways real files get corrupted, and the ways an attacker would.</summary>
internal static class PngMutator
{
    public static byte[] Mutate(byte[] png, Random random)
    {
        var bytes = (byte[])png.Clone();
        switch (random.Next(6))
        {
            case 0:
                for (var flips = random.Next(1, 9); flips > 0; flips--)
                {
                    var index = random.Next(bytes.Length);
                    bytes[index] ^= (byte)(1 << random.Next(8));
                }

                return bytes;
            case 1:
                return bytes[..random.Next(bytes.Length)];
            case 2:
                BinaryPrimitives.WriteUInt32BigEndian(bytes.AsSpan(16 + (random.Next(2) * 4)), (uint)random.Next(1, int.MaxValue));
                return bytes;
            case 3:
                BinaryPrimitives.WriteUInt32BigEndian(bytes.AsSpan(33), uint.MaxValue - (uint)random.Next(1000));
                return bytes;
            case 4:
                var garbage = new byte[random.Next(1, 64)];
                random.NextBytes(garbage);
                garbage.CopyTo(bytes, random.Next(8, Math.Max(9, bytes.Length - garbage.Length)));
                return bytes;
            default:
                return [.. bytes, .. bytes[8..random.Next(8, bytes.Length)]];
        }
    }
}
