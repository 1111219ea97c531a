using System.Globalization;
using System.Text;

namespace SolidarityGraph.Client.Generator.Configuration;

/// <summary>
/// A small JSON reader (RFC 8259) for <c>.graphqlrc.json</c>: System.Text.Json is not part of netstandard2.0 and a
/// generator should not carry a package for one small file. Objects become dictionaries, arrays lists.
/// </summary>
internal sealed class MiniJson
{
    private readonly string _text;
    private int _position;

    private MiniJson(string text) => _text = text;

    /// <exception cref="FormatException">The text is not one JSON value.</exception>
    public static object? Parse(string text)
    {
        var reader = new MiniJson(text);
        var value = reader.Value();
        reader.SkipWhitespace();
        return reader._position == text.Length ? value : throw reader.Error("unexpected text after the value");
    }

    private object? Value()
    {
        SkipWhitespace();
        if (_position >= _text.Length)
        {
            throw Error("unexpected end");
        }

        switch (_text[_position])
        {
            case '{': return ObjectValue();
            case '[': return ArrayValue();
            case '"': return StringValue();
            case 't': return Literal("true", true);
            case 'f': return Literal("false", false);
            case 'n': return Literal("null", null);
            default: return NumberValue();
        }
    }

    private Dictionary<string, object?> ObjectValue()
    {
        var members = new Dictionary<string, object?>(StringComparer.Ordinal);
        _position++;
        SkipWhitespace();
        if (Peek() == '}')
        {
            _position++;
            return members;
        }

        while (true)
        {
            SkipWhitespace();
            var name = StringValue();
            SkipWhitespace();
            Expect(':');
            members[name] = Value();
            SkipWhitespace();
            if (Peek() == ',')
            {
                _position++;
                continue;
            }

            Expect('}');
            return members;
        }
    }

    private List<object?> ArrayValue()
    {
        var items = new List<object?>();
        _position++;
        SkipWhitespace();
        if (Peek() == ']')
        {
            _position++;
            return items;
        }

        while (true)
        {
            items.Add(Value());
            SkipWhitespace();
            if (Peek() == ',')
            {
                _position++;
                continue;
            }

            Expect(']');
            return items;
        }
    }

    private string StringValue()
    {
        Expect('"');
        var text = new StringBuilder();
        while (_position < _text.Length && _text[_position] != '"')
        {
            var c = _text[_position++];
            if (c != '\\')
            {
                text.Append(c);
                continue;
            }

            var escaped = _position < _text.Length ? _text[_position++] : throw Error("unexpected end");
            text.Append(escaped switch
            {
                'n' => '\n',
                't' => '\t',
                'r' => '\r',
                'b' => '\b',
                'f' => '\f',
                'u' => (char)int.Parse(_text.Substring(_position, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture),
                _ => escaped,
            });
            _position += escaped == 'u' ? 4 : 0;
        }

        Expect('"');
        return text.ToString();
    }

    private object NumberValue()
    {
        var start = _position;
        while (_position < _text.Length && "+-0123456789.eE".IndexOf(_text[_position]) >= 0)
        {
            _position++;
        }

        return double.TryParse(_text.Substring(start, _position - start), NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw Error("a value was expected");
    }

    private object? Literal(string word, object? value)
    {
        if (string.CompareOrdinal(_text, _position, word, 0, word.Length) != 0)
        {
            throw Error($"'{word}' was expected");
        }

        _position += word.Length;
        return value;
    }

    private void Expect(char c)
    {
        if (Peek() != c)
        {
            throw Error($"'{c}' was expected");
        }

        _position++;
    }

    private char Peek() => _position < _text.Length ? _text[_position] : '\0';

    private void SkipWhitespace()
    {
        while (_position < _text.Length && char.IsWhiteSpace(_text[_position]))
        {
            _position++;
        }
    }

    private FormatException Error(string message) => new($"{message} at offset {_position}");
}
