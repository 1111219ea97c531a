using SolidarityGraph.GraphQL.Types;

namespace SolidarityGraph.GraphQL.CodeFirst.Building;

/// <summary>
/// The named types of a schema under construction, found by GraphQL name, by definition class and by CLR type
/// (separately for output and input positions, since one CLR type may back both an object and an input object).
/// </summary>
internal sealed class TypeRegistry
{
    private readonly Dictionary<string, INamedType> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<Type, INamedType> _byDefinition = new();
    private readonly Dictionary<Type, INamedType> _outputByClr = new();
    private readonly Dictionary<Type, INamedType> _inputByClr = new();
    private readonly Dictionary<Type, ScalarType> _scalarByClass = new();

    /// <summary>Every named type in registration order.</summary>
    public List<INamedType> Types { get; } = new();

    /// <summary>Creates the enum for a CLR enum used without a definition (set by the assembler).</summary>
    public Func<Type, EnumType>? CreateImplicitEnum { get; set; }

    /// <summary>
    /// Adds a type; false when another type has the same name. Unlisted types (the known scalars) are found by name
    /// and class but only enter the schema when a field reaches them, so unused scalars are not printed.
    /// </summary>
    public bool TryAdd(INamedType type, Type? definition, bool listed = true)
    {
        if (_byName.TryGetValue(type.Name, out var existing))
        {
            return ReferenceEquals(existing, type);
        }

        _byName.Add(type.Name, type);
        if (listed)
        {
            Types.Add(type);
        }

        if (definition is not null)
        {
            _byDefinition[definition] = type;
        }

        if (type is ScalarType scalar)
        {
            _scalarByClass.TryAdd(scalar.GetType(), scalar);
        }

        return true;
    }

    /// <summary>Replaces an unlisted known scalar by a listed type of the same name; CLR types bound to it follow.</summary>
    public bool Replace(INamedType known, INamedType replacement)
    {
        _byName[known.Name] = replacement;
        Types.Add(replacement);
        foreach (var map in new[] { _outputByClr, _inputByClr })
        {
            foreach (var key in map.Where(e => ReferenceEquals(e.Value, known)).Select(e => e.Key).ToList())
            {
                map[key] = replacement;
            }
        }

        if (replacement is ScalarType scalar)
        {
            _scalarByClass.TryAdd(scalar.GetType(), scalar);
        }

        return true;
    }

    /// <summary>Forgets an unlisted known scalar so a definition can take its name; CLR types bound to it become unmapped.</summary>
    public bool TryEvictUnlisted(string name)
    {
        if (!_byName.TryGetValue(name, out var known) || Types.Contains(known))
        {
            return false;
        }

        _byName.Remove(name);
        foreach (var map in new[] { _outputByClr, _inputByClr })
        {
            foreach (var key in map.Where(e => ReferenceEquals(e.Value, known)).Select(e => e.Key).ToList())
            {
                map.Remove(key);
            }
        }

        return true;
    }

    /// <summary>Maps a CLR type to a named type in output positions, input positions, or both.</summary>
    public void Bind(Type clrType, INamedType type, bool output, bool input)
    {
        if (output)
        {
            _outputByClr.TryAdd(clrType, type);
        }

        if (input)
        {
            _inputByClr.TryAdd(clrType, type);
        }
    }

    /// <summary>Maps a CLR type to a scalar in both positions, replacing an earlier mapping.</summary>
    public void BindScalar(Type clrType, ScalarType scalar)
    {
        _outputByClr[clrType] = scalar;
        _inputByClr[clrType] = scalar;
    }

    public INamedType? GetByName(string name) => _byName.TryGetValue(name, out var type) ? type : null;

    public INamedType? GetByDefinition(Type definition)
    {
        if (_byDefinition.TryGetValue(definition, out var type))
        {
            return type;
        }

        return _scalarByClass.TryGetValue(definition, out var scalar) ? scalar : null;
    }

    /// <summary>The named type for a CLR type: a bound scalar or definition, or a conventional enum.</summary>
    public INamedType? GetByClr(Type clrType, bool input)
    {
        if ((input ? _inputByClr : _outputByClr).TryGetValue(clrType, out var type))
        {
            return type;
        }

        if (clrType.IsEnum && CreateImplicitEnum is { } create)
        {
            var created = create(clrType);
            Bind(clrType, created, output: true, input: true);
            return created;
        }

        return null;
    }
}
