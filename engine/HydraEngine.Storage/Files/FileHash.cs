using System.Buffers.Binary;
using System.Security.Cryptography;

namespace HydraEngine.Storage.Files;

/// <summary>A file's SHA-256: stored as 32 bytes, shown as 64 lower-case hex digits.</summary>
public readonly struct FileHash : IEquatable<FileHash>, IComparable<FileHash>
{
    public const int Length = 32;

    private readonly ulong part0;
    private readonly ulong part1;
    private readonly ulong part2;
    private readonly ulong part3;

    private FileHash(ReadOnlySpan<byte> bytes)
    {
        part0 = BinaryPrimitives.ReadUInt64BigEndian(bytes);
        part1 = BinaryPrimitives.ReadUInt64BigEndian(bytes[8..]);
        part2 = BinaryPrimitives.ReadUInt64BigEndian(bytes[16..]);
        part3 = BinaryPrimitives.ReadUInt64BigEndian(bytes[24..]);
    }

    public static FileHash FromBytes(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length != Length)
        {
            throw new StoreException($"a SHA-256 hash is 32 bytes; got {bytes.Length}");
        }

        return new FileHash(bytes);
    }

    /// <summary>The SHA-256 of <paramref name="content"/>.</summary>
    public static FileHash Of(ReadOnlySpan<byte> content) => new(SHA256.HashData(content));

    /// <summary>Parses 64 hex digits (either case, surrounding whitespace ignored).</summary>
    public static FileHash Parse(string text) =>
        TryParse(text, out var hash)
            ? hash
            : throw new StoreException($"'{text}' is not a SHA-256 hash: expected 64 hex digits");

    public static bool TryParse(string? text, out FileHash hash)
    {
        hash = default;
        var trimmed = text?.Trim();
        if (trimmed is null || trimmed.Length != Length * 2)
        {
            return false;
        }

        Span<byte> bytes = stackalloc byte[Length];
        var status = Convert.FromHexString(trimmed, bytes, out _, out var written);
        if (status != System.Buffers.OperationStatus.Done || written != Length)
        {
            return false;
        }

        hash = new FileHash(bytes);
        return true;
    }

    public void WriteTo(Span<byte> destination)
    {
        BinaryPrimitives.WriteUInt64BigEndian(destination, part0);
        BinaryPrimitives.WriteUInt64BigEndian(destination[8..], part1);
        BinaryPrimitives.WriteUInt64BigEndian(destination[16..], part2);
        BinaryPrimitives.WriteUInt64BigEndian(destination[24..], part3);
    }

    public byte[] ToByteArray()
    {
        var bytes = new byte[Length];
        WriteTo(bytes);
        return bytes;
    }

    public string ToHex()
    {
        Span<byte> bytes = stackalloc byte[Length];
        WriteTo(bytes);
        return Convert.ToHexStringLower(bytes);
    }

    public override string ToString() => ToHex();

    public bool Equals(FileHash other) =>
        part0 == other.part0 && part1 == other.part1 && part2 == other.part2 && part3 == other.part3;

    public override bool Equals(object? obj) => obj is FileHash other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(part0, part3);

    public int CompareTo(FileHash other)
    {
        var compared = part0.CompareTo(other.part0);
        if (compared != 0)
        {
            return compared;
        }

        compared = part1.CompareTo(other.part1);
        if (compared != 0)
        {
            return compared;
        }

        compared = part2.CompareTo(other.part2);
        return compared != 0 ? compared : part3.CompareTo(other.part3);
    }

    public static bool operator ==(FileHash left, FileHash right) => left.Equals(right);

    public static bool operator !=(FileHash left, FileHash right) => !left.Equals(right);

    public static bool operator <(FileHash left, FileHash right) => left.CompareTo(right) < 0;

    public static bool operator >(FileHash left, FileHash right) => left.CompareTo(right) > 0;

    public static bool operator <=(FileHash left, FileHash right) => left.CompareTo(right) <= 0;

    public static bool operator >=(FileHash left, FileHash right) => left.CompareTo(right) >= 0;
}
