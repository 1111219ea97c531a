using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace SolidarityGraph.Client.Generator.Diagnostics;

/// <summary>A diagnostic as equatable data (never a <see cref="Location"/>, which would defeat incremental caching).</summary>
internal sealed record DiagnosticInfo(string Id, string Path, int Line, int Column, int Start, int Length, string Message)
{
    /// <summary>A diagnostic at a 1-based <paramref name="line"/> and <paramref name="column"/> of <paramref name="text"/>.</summary>
    public static DiagnosticInfo At(DiagnosticDescriptor descriptor, string path, string text, int line, int column, string message)
    {
        var source = SourceText.From(text);
        var start = 0;
        if (line >= 1 && line <= source.Lines.Count)
        {
            var lineSpan = source.Lines[line - 1].Span;
            start = Math.Min(lineSpan.Start + Math.Max(column - 1, 0), lineSpan.End);
        }

        var length = WordLength(text, start);
        return new DiagnosticInfo(descriptor.Id, path, line, column, start, length, message);
    }

    public Diagnostic ToDiagnostic()
    {
        var position = new LinePosition(Math.Max(Line - 1, 0), Math.Max(Column - 1, 0));
        var span = new LinePositionSpan(position, new LinePosition(position.Line, position.Character + Length));
        var location = Location.Create(Path, new TextSpan(Start, Length), span);
        return Diagnostic.Create(Descriptors.ById(Id), location, Message);
    }

    private static int WordLength(string text, int start)
    {
        var end = start;
        while (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] is '_' or '$' or '@'))
        {
            end++;
        }

        return Math.Max(end - start, start < text.Length ? 1 : 0);
    }
}
