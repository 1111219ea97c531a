using SolidarityGraph.GraphQL.Language.Ast;

namespace SolidarityGraph.GraphQL.Language;

/// <summary>
/// Limits and switches for <see cref="Parser"/>. The defaults suit untrusted request documents; raise
/// <see cref="MaxTokens"/> and <see cref="MaxDocumentBytes"/> (or use <see cref="Trusted"/>) for large SDL files.
/// </summary>
public sealed class ParserOptions
{
    /// <summary>The default limit on lexical tokens: 15,000.</summary>
    public const int DefaultMaxTokens = 15_000;

    /// <summary>The default limit on nesting depth: 200.</summary>
    public const int DefaultMaxDepth = 200;

    /// <summary>The default limit on document size: 1 MiB of UTF-8.</summary>
    public const int DefaultMaxDocumentBytes = 1024 * 1024;

    /// <summary>A new instance with every default.</summary>
    public static ParserOptions Default => new();

    /// <summary>
    /// A new instance for trusted input such as the schema's own SDL: no token or size limit, default depth limit
    /// (which also guards the call stack).
    /// </summary>
    public static ParserOptions Trusted => new() { MaxTokens = int.MaxValue, MaxDocumentBytes = int.MaxValue };

    /// <summary>The options used when a caller passes none; never handed out, so nobody can change them.</summary>
    internal static ParserOptions Defaults { get; } = new();

    /// <summary>
    /// Maximum number of lexical tokens (comments excluded, like graphql-js's <c>maxTokens</c>); exceeding it
    /// fails with <c>Document contains more than N tokens. Parsing aborted.</c> Default 15,000.
    /// </summary>
    public int MaxTokens { get; set; } = DefaultMaxTokens;

    /// <summary>
    /// Maximum nesting depth of selection sets, list and object values and list types combined; exceeding it fails
    /// with <see cref="Errors.ErrorCodes.MaxDepth"/>. Default 200. The parser also stops with the same error
    /// before the call stack runs out, whatever this value.
    /// </summary>
    public int MaxDepth { get; set; } = DefaultMaxDepth;

    /// <summary>
    /// Maximum document size in UTF-8 bytes, checked before lexing; exceeding it fails with
    /// <see cref="Errors.ErrorCodes.MaxDocumentSize"/>. Default 1 MiB (1,048,576 bytes).
    /// </summary>
    public int MaxDocumentBytes { get; set; } = DefaultMaxDocumentBytes;

    /// <summary>When <see langword="true"/>, nodes get no <see cref="Location"/> (less memory, same tree).</summary>
    public bool NoLocation { get; set; }

    /// <summary>
    /// Whether <c>{ }</c> is accepted as an empty selection set. The spec grammar requires at least one selection,
    /// but graphql-js 17.1.0 accepts empty selection sets unless told otherwise; the default (<see langword="true"/>)
    /// follows graphql-js so that both engines accept the same documents.
    /// </summary>
    public bool AllowEmptySelectionSets { get; set; } = true;

    /// <summary>
    /// Enables the experimental fragment arguments syntax (variable definitions on fragment definitions and
    /// arguments on fragment spreads), like graphql-js's <c>experimentalFragmentArguments</c>. Default off.
    /// </summary>
    public bool ExperimentalFragmentArguments { get; set; }
}
