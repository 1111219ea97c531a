using System.Security.Cryptography;
using System.Text;

namespace SolidarityGraph.Domain.Common;

/// <summary>
/// Internal identifiers: ULIDs (26 Crockford base-32 characters, time-ordered) as DOMAIN.md §4.1 asks.
/// The public Relay global ID wraps this value; the Domain never sees the global ID format.
/// </summary>
public static class EntityId
{
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    /// <summary>Length of every id.</summary>
    public const int Length = 26;

    /// <summary>A new time-ordered id (48-bit millisecond timestamp + 80 random bits).</summary>
    public static string New() => New(DateTimeOffset.UtcNow);

    /// <summary>A new id for the given creation instant.</summary>
    public static string New(DateTimeOffset timestamp)
    {
        Span<byte> bytes = stackalloc byte[16];
        WriteTimestamp(bytes, timestamp.ToUnixTimeMilliseconds());
        RandomBytes.Fill(bytes[6..]);
        return Encode(bytes);
    }

    /// <summary>
    /// Cryptographic random bytes handed out from a per-thread buffer: every entity constructed (EF Core materializes
    /// through the constructor too) draws an id, and one system call per id showed in profiles of read queries.
    /// </summary>
    private static class RandomBytes
    {
        private const int BufferSize = 4096;

        [ThreadStatic]
        private static byte[]? buffer;

        [ThreadStatic]
        private static int used;

        public static void Fill(Span<byte> destination)
        {
            if (buffer is null || used + destination.Length > BufferSize)
            {
                buffer ??= new byte[BufferSize];
                RandomNumberGenerator.Fill(buffer);
                used = 0;
            }

            buffer.AsSpan(used, destination.Length).CopyTo(destination);
            buffer.AsSpan(used, destination.Length).Clear(); // handed-out bytes do not stay in memory
            used += destination.Length;
        }
    }

    /// <summary>
    /// A reproducible id derived from a stable key (e.g. <c>seed:O8</c>), so re-running the seed loader yields the
    /// same ids and therefore the same public global IDs. The timestamp part is fixed at the Unix epoch.
    /// </summary>
    public static string FromKey(string key)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        Span<byte> bytes = stackalloc byte[16];
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(key));
        hash.AsSpan(0, 10).CopyTo(bytes[6..]);
        return Encode(bytes);
    }

    /// <summary>True when <paramref name="value"/> is a syntactically valid id.</summary>
    public static bool IsValid(string? value)
    {
        if (value is null || value.Length != Length || value[0] > '7')
        {
            return false; // a first character above 7 would overflow 128 bits
        }

        foreach (var c in value)
        {
            if (!Alphabet.Contains(c, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static void WriteTimestamp(Span<byte> bytes, long milliseconds)
    {
        for (var i = 5; i >= 0; i--)
        {
            bytes[i] = (byte)(milliseconds & 0xFF);
            milliseconds >>= 8;
        }
    }

    private static string Encode(ReadOnlySpan<byte> bytes)
    {
        var value = new UInt128(
            System.Buffers.Binary.BinaryPrimitives.ReadUInt64BigEndian(bytes[..8]),
            System.Buffers.Binary.BinaryPrimitives.ReadUInt64BigEndian(bytes[8..]));
        Span<char> chars = stackalloc char[Length];
        for (var i = Length - 1; i >= 0; i--)
        {
            chars[i] = Alphabet[(int)(value & 31)];
            value >>= 5;
        }

        return new string(chars);
    }
}
