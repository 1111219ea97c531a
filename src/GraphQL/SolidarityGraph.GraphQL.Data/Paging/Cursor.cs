using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using SolidarityGraph.GraphQL.Data.Sorting;

namespace SolidarityGraph.GraphQL.Data.Paging;

/// <summary>
/// Keyset cursors: base64url without padding (RFC 4648 §5) of the JSON array <c>[signature, key1, …, keyN]</c>, where
/// the keys are the node's values of every sort key (the entity key last) and the signature is a short hash of the
/// order (<c>title:ASC,id:ASC</c>). A cursor therefore stays valid while rows are inserted or deleted, and a cursor
/// issued for another order is rejected instead of silently paging wrongly.
/// </summary>
internal static class Cursor
{
    public static string Signature(IReadOnlyList<SortKey> keys)
    {
        var text = string.Join(",", keys.Select(k => k.Path + (k.Descending ? ":DESC" : ":ASC")));
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(text));
        return Convert.ToHexStringLower(hash, 0, 4);
    }

    public static string Encode(string signature, IReadOnlyList<object?> values)
    {
        var payload = new object?[values.Count + 1];
        payload[0] = signature;
        for (var i = 0; i < values.Count; i++)
        {
            payload[i + 1] = values[i];
        }

        return Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(payload));
    }

    /// <summary>The key values of <paramref name="cursor"/>, typed like <paramref name="keys"/>.</summary>
    /// <exception cref="CursorException">The cursor is malformed or was issued for another order.</exception>
    public static object?[] Decode(string cursor, IReadOnlyList<SortKey> keys, string signature)
    {
        JsonElement[] items;
        try
        {
            if (cursor.Length > 1024 || cursor.Contains('=') || !Base64Url.IsValid(cursor))
            {
                throw new FormatException();
            }

            items = JsonSerializer.Deserialize<JsonElement[]>(Base64Url.DecodeFromChars(cursor)) ?? throw new FormatException();
        }
        catch (Exception exception) when (exception is FormatException or JsonException)
        {
            throw new CursorException("MALFORMED", $"The cursor \"{Shorten(cursor)}\" is not a cursor of this field.");
        }

        if (items.Length != keys.Count + 1 || items[0].ValueKind != JsonValueKind.String)
        {
            throw new CursorException("MALFORMED", $"The cursor \"{Shorten(cursor)}\" is not a cursor of this field.");
        }

        if (items[0].GetString() != signature)
        {
            throw new CursorException("ORDER_MISMATCH", "The cursor was issued for a different order; request the first page again with this order.");
        }

        var values = new object?[keys.Count];
        for (var i = 0; i < keys.Count; i++)
        {
            try
            {
                values[i] = items[i + 1].Deserialize(keys[i].Type);
            }
            catch (Exception exception) when (exception is JsonException or FormatException or InvalidOperationException)
            {
                throw new CursorException("MALFORMED", $"The cursor \"{Shorten(cursor)}\" is not a cursor of this field.");
            }
        }

        return values;
    }

    private static string Shorten(string cursor) => cursor.Length <= 40 ? cursor : cursor[..40] + "…";
}

/// <summary>An invalid cursor; <see cref="Reason"/> is reported as <c>extensions.reason</c>.</summary>
internal sealed class CursorException(string reason, string message) : Exception(message)
{
    public string Reason { get; } = reason;
}
