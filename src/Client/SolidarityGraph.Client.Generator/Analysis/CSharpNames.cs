using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace SolidarityGraph.Client.Generator.Analysis;

/// <summary>C# names for GraphQL names, following Strawberry Shake's conventions.</summary>
internal static class CSharpNames
{
    /// <summary>A property name: <c>fundingGiven</c> → <c>FundingGiven</c>; <c>__typename</c> stays.</summary>
    public static string Property(string responseName) =>
        responseName.StartsWith("__", StringComparison.Ordinal) ? responseName : char.ToUpperInvariant(responseName[0]) + responseName.Substring(1);

    /// <summary>An enum member: <c>DEVELOPMENT_PROJECT</c> → <c>DevelopmentProject</c>; <c>inProgress</c> → <c>InProgress</c>.</summary>
    public static string EnumMember(string value)
    {
        var name = new StringBuilder();
        foreach (var part in value.Split(new[] { '_' }, StringSplitOptions.RemoveEmptyEntries))
        {
            var isUpper = part.All(c => !char.IsLetter(c) || char.IsUpper(c));
            name.Append(char.ToUpperInvariant(part[0])).Append(isUpper ? part.Substring(1).ToLowerInvariant() : part.Substring(1));
        }

        var result = name.Length == 0 ? "_" : name.ToString();
        return char.IsDigit(result[0]) ? "_" + result : result;
    }

    /// <summary>A parameter name: <c>$after</c> → <c>after</c>; C# keywords get an <c>@</c>.</summary>
    public static string Parameter(string variable)
    {
        var name = char.ToLowerInvariant(variable[0]) + variable.Substring(1);
        return SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None || name == "cancellationToken" ? "@" + name : name;
    }

    /// <summary>A C# string literal (verbatim-free, escaped).</summary>
    public static string Literal(string text) => SymbolDisplay.FormatLiteral(text, quote: true);

    /// <summary>Text for an XML doc comment.</summary>
    public static string Xml(string text) =>
        text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").Replace("\r", string.Empty).Replace("\n", " ");
}
