namespace SolidarityGraph.GraphQL.Pipeline;

/// <summary>
/// A document text with its hash, computed once per request and used by every structure of the
/// <see cref="DocumentCache"/>. The hash is the runtime's randomized string hash, so a client cannot craft texts that
/// collide; the text is the request's own string (no copy).
/// </summary>
internal readonly struct DocumentKey(string text)
{
    public string Text { get; } = text;

    public int Hash { get; } = text.GetHashCode(StringComparison.Ordinal);

    public bool Equals(DocumentKey other) => Hash == other.Hash && string.Equals(Text, other.Text, StringComparison.Ordinal);

    /// <summary>Compares keys by their stored hash and text, so a dictionary lookup does not hash the text again.</summary>
    public sealed class Comparer : IEqualityComparer<DocumentKey>
    {
        public static readonly Comparer Instance = new();

        public bool Equals(DocumentKey x, DocumentKey y) => x.Equals(y);

        public int GetHashCode(DocumentKey key) => key.Hash;
    }
}
