using System.Text;

namespace SolidarityGraph.GraphQL.Language;

/// <summary>
/// The printer's output buffer: text plus the current indentation, applied after every line break, including
/// the line breaks inside block strings (graphql-js indents those too).
/// </summary>
internal sealed class PrintWriter
{
    private const int IndentWidth = 2;
    private readonly StringBuilder _text = new(256);
    private int _depth;

    public void Write(string text) => _text.Append(text);

    public void Write(string text, int start, int count) => _text.Append(text, start, count);

    public void Write(char c) => _text.Append(c);

    /// <summary>Writes text that may contain <c>\n</c>, indenting every line after the first.</summary>
    public void WriteLines(string text)
    {
        var start = 0;
        int newline;
        while ((newline = text.IndexOf('\n', start)) >= 0)
        {
            _text.Append(text, start, newline - start);
            NewLine();
            start = newline + 1;
        }

        _text.Append(text, start, text.Length - start);
    }

    public void NewLine() => _text.Append('\n').Append(' ', _depth * IndentWidth);

    public void Indent() => _depth++;

    public void Dedent() => _depth--;

    public override string ToString() => _text.ToString();
}
