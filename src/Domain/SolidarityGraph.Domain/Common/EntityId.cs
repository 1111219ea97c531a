using System.Security.Cryptography;
using System.Text;

namespace SolidarityGraph.Domain.Common;

/// <summary>
/// Internal identifiers: ULIDs (26 Crockford base-32 characters, time-ordered) as DOMAIN.md §4.1 asks, encoded by the
/// <c>Ulid</c> package. The public Relay global ID wraps this value; the Domain never sees the global ID format.
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
        // The random part comes from the operating system's CSPRNG, not from Ulid.NewUlid's per-thread XorShift64, whose
        // 80 "random" bits follow from 64 bits of state: one id would predict the next ids of that thread.
        Span<byte> randomness = stackalloc byte[10];
        RandomBytes.Fill(randomness);
        return Ulid.NewUlid(timestamp, randomness).ToString();
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
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(key));
        return Ulid.NewUlid(DateTimeOffset.UnixEpoch, hash.AsSpan(0, 10)).ToString();
    }

    /// <summary>
    /// True when <paramref name="value"/> is a syntactically valid id: 26 upper-case characters of Crockford's alphabet,
    /// at most 128 bits. Checked here rather than with <c>Ulid.TryParse</c>, which is a decoder, not a validator: it
    /// takes lower case, decodes the letters the alphabet leaves out (I, L, O, U) to arbitrary bits instead of failing,
    /// and lets a first character above 7 overflow, so ids that are not stored anywhere would pass as valid ones.
    /// </summary>
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
}
