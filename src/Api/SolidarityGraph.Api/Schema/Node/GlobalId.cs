using System.Buffers;
using System.Buffers.Text;
using System.Text;
using System.Text.RegularExpressions;
using SolidarityGraph.Domain.Common;
using SolidarityGraph.GraphQL.Execution;

namespace SolidarityGraph.Api.Schema.Node;

/// <summary>
/// Relay global IDs (PARITY.md §1 "Our global ID format"): base64url without padding of the UTF-8 text
/// <c>{TypeName}:{ULID}</c>. Decoding is strict: every malformed input fails with <see cref="ApiErrorCodes.InvalidId"/>
/// and an <c>extensions.reason</c> from <see cref="GlobalIdReason"/>.
/// </summary>
public static partial class GlobalId
{
    /// <summary>The longest accepted ID text; a ULID ID of the longest type name stays far below it.</summary>
    public const int MaxLength = 128;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The global ID of the node <paramref name="typeName"/> with the internal key <paramref name="key"/>.</summary>
    public static string Encode(string typeName, string key)
    {
        ArgumentException.ThrowIfNullOrEmpty(typeName);
        ArgumentException.ThrowIfNullOrEmpty(key);
        // Every list item's id is encoded: the text is assembled in place, so the ID string is the only allocation.
        var length = Encoding.UTF8.GetByteCount(typeName) + 1 + Encoding.UTF8.GetByteCount(key);
        var bytes = length <= 256 ? stackalloc byte[length] : new byte[length];
        var written = Encoding.UTF8.GetBytes(typeName, bytes);
        bytes[written++] = (byte)':';
        Encoding.UTF8.GetBytes(key, bytes[written..]);
        return Base64Url.EncodeToString(bytes);
    }

    /// <summary>
    /// <paramref name="text"/> with every record it names the domain's way, <c>{TypeName} {ULID}</c> (e.g. in an error
    /// message), named by its global ID instead. Type names that are not node types are left alone.
    /// </summary>
    public static string InText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return RecordReference().Replace(text, match => NodeTypes.Names.Contains(match.Groups["type"].Value)
            ? $"{match.Groups["type"].Value} {Encode(match.Groups["type"].Value, match.Groups["key"].Value)}"
            : match.Value);
    }

    /// <summary>
    /// Decodes <paramref name="id"/> and checks its type name against <see cref="NodeTypes.Names"/> and, when given,
    /// <paramref name="expectedType"/>.
    /// </summary>
    /// <exception cref="GraphQLException">The ID is invalid (code <c>INVALID_ID</c>).</exception>
    public static (string TypeName, string Key) Decode(string id, string? expectedType = null)
    {
        var result = TryDecode(id, expectedType, out var typeName, out var key);
        if (result is { } reason)
        {
            throw Error(reason, id, expectedType, typeName);
        }

        return (typeName!, key!);
    }

    /// <summary>Decodes without throwing; returns the failure reason, or <see langword="null"/> on success.</summary>
    public static GlobalIdReason? TryDecode(string id, string? expectedType, out string? typeName, out string? key)
    {
        typeName = null;
        key = null;
        if (id.Length > MaxLength)
        {
            return GlobalIdReason.TooLong;
        }

        Span<byte> bytes = stackalloc byte[MaxLength];
        if (!IsCanonicalBase64Url(id, ref bytes))
        {
            return GlobalIdReason.MalformedBase64;
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return GlobalIdReason.MalformedBase64;
        }

        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || !NodeTypes.TryGetName(text.AsSpan(0, colon), out var name))
        {
            return GlobalIdReason.UnknownType;
        }

        typeName = name;
        var keyText = text[(colon + 1)..];
        if (!EntityId.IsValid(keyText))
        {
            return GlobalIdReason.InvalidKey;
        }

        if (expectedType is not null && !string.Equals(expectedType, typeName, StringComparison.Ordinal))
        {
            return GlobalIdReason.TypeMismatch;
        }

        key = keyText;
        return null;
    }

    /// <summary>The field error for a failed decode.</summary>
    public static GraphQLException Error(GlobalIdReason reason, string id, string? expectedType, string? actualType)
    {
        var message = reason switch
        {
            GlobalIdReason.TooLong => $"The ID is longer than {MaxLength} characters.",
            GlobalIdReason.MalformedBase64 => "The ID is not canonical unpadded base64url text.",
            GlobalIdReason.UnknownType => "The ID does not name a node type of this schema.",
            GlobalIdReason.InvalidKey => "The ID's key is not a valid ULID.",
            _ => $"The ID is a {actualType} ID; a {expectedType} ID is expected.",
        };
        var error = new GraphQLException(message, ApiErrorCodes.InvalidId);
        error.Extensions["reason"] = Reason(reason);
        return error;
    }

    /// <summary>The <c>extensions.reason</c> text of <paramref name="reason"/>.</summary>
    public static string Reason(GlobalIdReason reason) => reason switch
    {
        GlobalIdReason.TooLong => "TOO_LONG",
        GlobalIdReason.MalformedBase64 => "MALFORMED_BASE64",
        GlobalIdReason.UnknownType => "UNKNOWN_TYPE",
        GlobalIdReason.InvalidKey => "INVALID_KEY",
        _ => "TYPE_MISMATCH",
    };

    [GeneratedRegex(@"\b(?<type>[A-Z][A-Za-z]*) (?<key>[0-9A-HJKMNP-TV-Z]{26})\b", RegexOptions.CultureInvariant)]
    private static partial Regex RecordReference();

    // Only A–Z a–z 0–9 - _ with no padding, and re-encoding must give the same text (rejects stray low bits). The
    // bytes are decoded into the caller's buffer (an ID is at most MaxLength characters, so fewer bytes), which is
    // narrowed to them.
    private static bool IsCanonicalBase64Url(string id, ref Span<byte> bytes)
    {
        if (id.Length == 0 || id.Length % 4 == 1)
        {
            return false;
        }

        foreach (var c in id)
        {
            if (!(c is >= 'A' and <= 'Z' or >= 'a' and <= 'z' or >= '0' and <= '9' or '-' or '_'))
            {
                return false;
            }
        }

        if (Base64Url.DecodeFromChars(id, bytes, out _, out var written) != OperationStatus.Done)
        {
            return false;
        }

        bytes = bytes[..written];
        Span<char> again = stackalloc char[MaxLength];
        return Base64Url.TryEncodeToChars(bytes, again, out var length) && again[..length].SequenceEqual(id);
    }
}

/// <summary>Why a global ID was rejected (<c>extensions.reason</c>).</summary>
public enum GlobalIdReason
{
    /// <summary>Longer than <see cref="GlobalId.MaxLength"/>.</summary>
    TooLong,

    /// <summary>Not canonical unpadded base64url, or not UTF-8.</summary>
    MalformedBase64,

    /// <summary>No <c>:</c>, or the type name is not a node type.</summary>
    UnknownType,

    /// <summary>The key is not a ULID.</summary>
    InvalidKey,

    /// <summary>A typed argument got another type's ID.</summary>
    TypeMismatch,
}
