using System.Buffers;
using SolidarityGraph.GraphQL.Language.Ast;

namespace SolidarityGraph.GraphQL.Language;

/// <summary>
/// Scratch space for the parser's list productions: one pooled stack shared by every list of a parse. A list
/// pushes its items above those of the lists that enclose it (productions nest strictly) and, once complete, moves
/// them into an array of exactly its length. A parse therefore allocates no growing lists, only the final arrays
/// (allocation budget: PERFORMANCE.md §6, <c>ParserBenchmarks</c>).
/// </summary>
internal struct SyntaxNodeStack
{
    private const int InitialCapacity = 64;

    private SyntaxNode[]? _items;
    private int _count;

    /// <summary>Where a list starts: pass it to <see cref="Pop{T}"/> once the list is complete.</summary>
    public readonly int Mark => _count;

    public void Push(SyntaxNode node)
    {
        SyntaxNode[]? items = _items;
        if (items is null || _count == items.Length)
        {
            items = Grow();
        }

        items[_count++] = node;
    }

    /// <summary>The items pushed since <paramref name="mark"/> as an exact array (the shared empty array for none).</summary>
    public T[] Pop<T>(int mark)
        where T : SyntaxNode
    {
        int length = _count - mark;
        if (length == 0)
        {
            return Array.Empty<T>();
        }

        SyntaxNode[] items = _items!;
        var result = new T[length];
        for (int i = 0; i < result.Length; i++)
        {
            result[i] = (T)items[mark + i];
        }

        _count = mark;
        return result;
    }

    /// <summary>Returns the buffer to the pool, cleared so the pool keeps no syntax tree alive.</summary>
    public void Dispose()
    {
        if (_items is not null)
        {
            ArrayPool<SyntaxNode>.Shared.Return(_items, clearArray: true);
            _items = null;
            _count = 0;
        }
    }

    private SyntaxNode[] Grow()
    {
        SyntaxNode[]? old = _items;
        SyntaxNode[] grown = ArrayPool<SyntaxNode>.Shared.Rent(old is null ? InitialCapacity : old.Length * 2);
        if (old is not null)
        {
            Array.Copy(old, grown, _count);
            ArrayPool<SyntaxNode>.Shared.Return(old, clearArray: true);
        }

        _items = grown;
        return grown;
    }
}
