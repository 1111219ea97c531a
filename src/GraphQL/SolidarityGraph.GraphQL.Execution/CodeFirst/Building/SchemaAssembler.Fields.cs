using System.Reflection;
using SolidarityGraph.GraphQL.CodeFirst.Resolvers;
using SolidarityGraph.GraphQL.Execution;
using SolidarityGraph.GraphQL.Types;
using SolidarityGraph.GraphQL.Types.Resolvers;

namespace SolidarityGraph.GraphQL.CodeFirst.Building;

/// <summary>Completing object and interface fields: types, arguments and compiled resolvers.</summary>
internal sealed partial class SchemaAssembler
{
    private static readonly HashSet<string> RecordMembers = new(StringComparer.Ordinal)
    {
        "Equals", "GetHashCode", "ToString", "GetType", "Deconstruct", "PrintMembers",
    };

    private void CompleteComplexType(ComplexTypeConfig config, INamedType type)
    {
        var complex = (IComplexOutputType)type;
        if (type is ObjectType objectType)
        {
            objectType.Interfaces = Interfaces(config);
        }
        else
        {
            var iface = (InterfaceType)type;
            iface.Interfaces = Interfaces(config);
            iface.ResolveType = config.ResolveType;
        }

        AddFields(config, type.Name, complex.Fields);
    }

    private void CompleteExtension(ComplexTypeConfig config)
    {
        if (_registry.GetByName(config.Name) is ObjectType target)
        {
            AddFields(config, target.Name, target.Fields);
        }
        else
        {
            _errors.Add($"{config.SourceName} extends \"{config.Name}\", which is not an object type of this schema.");
        }
    }

    private void AddFields(ComplexTypeConfig config, string typeName, FieldCollection<OutputField> fields)
    {
        foreach (var field in CollectFields(config))
        {
            if (field.Ignored || (field.Member is not null && field.ResolverType is null && config.IgnoredMembers.Contains(field.Member)))
            {
                continue;
            }

            if (BuildField(config, typeName, field) is { } output)
            {
                TryAddMember(fields, output, $"{typeName}.{output.Name}", field.Source);
            }
        }
    }

    /// <summary>Implicitly bound members in declaration order (merged with their configuration), then name-only fields.</summary>
    /// <remarks>With explicit binding only the configured fields count, in the order they were configured.</remarks>
    private static List<FieldConfig> CollectFields(ComplexTypeConfig config)
    {
        if (config.Binding == BindingBehavior.Explicit)
        {
            return config.Fields;
        }

        // Field("title").Resolve(…) replaces the member that would be named "title".
        var result = new List<FieldConfig>();
        foreach (var member in ImplicitMembers(config))
        {
            var name = NameConventions.FieldName(member);
            var configured = config.Fields.Find(f => f.ResolverType is null && MemberIdentity.Same(f.Member, member))
                ?? config.Fields.Find(f => (f.Member is null || f.ResolverType is not null) && f.Name == name);

            result.Add(configured ?? new FieldConfig(name, Descriptors.ComplexTypeDescriptor<object>.MemberSource(member, config.Source)) { Member = member });
        }

        result.AddRange(config.Fields.Where(f => !result.Contains(f)));
        return result;
    }

    private static IEnumerable<MemberInfo> ImplicitMembers(ComplexTypeConfig config)
    {
        var type = config.RuntimeType;
        if (type == typeof(object))
        {
            return Array.Empty<MemberInfo>();
        }

        var members = config.IsExtension ? new List<MemberInfo>() : Properties(type).Cast<MemberInfo>().ToList();
        if (config.IsRoot || config.IsExtension)
        {
            // Methods are fields only on root and extension classes: domain entities keep their behaviour private.
            const BindingFlags Flags = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
            members.AddRange(type.GetMethods(Flags).Where(m =>
                !m.IsSpecialName && !m.IsGenericMethodDefinition && !m.Name.Contains('<', StringComparison.Ordinal)
                && !RecordMembers.Contains(m.Name) && m.ReturnType != typeof(void)));
        }

        return members.Where(m => !m.IsDefined(typeof(GraphQLIgnoreAttribute)) && !config.IgnoredMembers.Contains(m));
    }

    private OutputField? BuildField(ComplexTypeConfig config, string typeName, FieldConfig field)
    {
        var coordinate = $"{typeName}.{field.Name}";
        var member = field.Member;
        var reference = field.Type ?? ResultTypeRef(field, member);
        if (reference is null)
        {
            _errors.Add($"{coordinate}: no type is given and none can be inferred; call .Type<…>() or .Resolve(…) ({field.Source})");
            return null;
        }

        var type = _resolution.Resolve(reference, input: false, out var error);
        if (type is null)
        {
            _errors.Add($"{coordinate}: {error} ({field.Source})");
            return null;
        }

        OutputField output;
        try
        {
            output = new OutputField(field.Name, type);
        }
        catch (ArgumentException)
        {
            _errors.Add($"{coordinate}: \"{field.Name}\" is not a valid GraphQL name ({field.Source})");
            return null;
        }

        output.Description = field.Description ?? Descriptions.Of(member);
        output.DeprecationReason = field.DeprecationReason ?? (member is null ? null : ObsoleteReason(member));
        foreach (var (key, value) in field.ContextData)
        {
            output.ContextData[key] = value;
        }

        if (field.Directives.Count > 0)
        {
            output.Directives = field.Directives.ToArray();
        }

        var argumentNames = AddArguments(output, field, coordinate);
        if (!config.IsInterface)
        {
            output.Resolver = ApplyMiddleware(field, field.Resolver ?? MemberResolver(config, field, argumentNames));
            if (UsesSynchronizedService(member))
            {
                ServiceSynchronization.MarkField(output);
            }
        }

        return output;
    }

    // A resolver method that takes a DbContext-like service runs holding the request gate (ExecutionModel.md).
    private static bool UsesSynchronizedService(MemberInfo? member) =>
        member is MethodInfo method && method.GetParameters().Any(p =>
            ResolverCompiler.Classify(p) == ParameterKind.Service
            && ServiceSynchronization.Default.IsSynchronized(p.ParameterType));

    private TypeRef? ResultTypeRef(FieldConfig field, MemberInfo? member)
    {
        var fromMember = member switch
        {
            PropertyInfo property => TypeRef.FromClr(property.PropertyType, _nullability.Create(property), IsId(property)),
            FieldInfo fieldInfo => TypeRef.FromClr(fieldInfo.FieldType, _nullability.Create(fieldInfo), IsId(fieldInfo)),
            MethodInfo method => TypeRef.FromClr(method.ReturnType, _nullability.Create(method.ReturnParameter), IsId(method)),
            _ => null,
        };

        // A delegate's result type wins, but a member of the same CLR type has the better nullability annotations.
        return field.ResultType is { } result && (fromMember is null || fromMember.ClrType != result.ClrType) ? result : fromMember;
    }

    /// <summary>Adds the method's GraphQL arguments and the explicitly configured ones; returns the argument name per parameter.</summary>
    private string[] AddArguments(OutputField output, FieldConfig field, string coordinate)
    {
        var consumed = new HashSet<ArgumentConfig>();
        var parameters = field.Member is MethodInfo method ? method.GetParameters() : Array.Empty<ParameterInfo>();
        var names = new string[parameters.Length];
        for (var i = 0; i < parameters.Length; i++)
        {
            var parameter = parameters[i];
            if (ResolverCompiler.Classify(parameter) != ParameterKind.Argument)
            {
                continue;
            }

            var name = NameConventions.ArgumentName(parameter);
            var configured = field.Arguments.Find(a => a.Name == name);
            if (configured is not null)
            {
                consumed.Add(configured);
            }

            var argument = configured ?? new ArgumentConfig(name);
            names[i] = argument.Name;
            argument.Description ??= parameter.GetCustomAttribute<GraphQLDescriptionAttribute>()?.Description;
            if (!argument.HasDefault && parameter is { HasDefaultValue: true, DefaultValue: not null })
            {
                argument.HasDefault = true;
                argument.DefaultValue = ParameterDefault(parameter);
            }

            var reference = argument.Type ?? TypeRef.FromClr(parameter.ParameterType, _nullability.Create(parameter), parameter.IsDefined(typeof(IDAttribute)));
            AddArgument(output, argument, reference, coordinate, $"parameter {parameter.Name} of {parameter.Member.DeclaringType?.Name}.{parameter.Member.Name}");
        }

        foreach (var argument in field.Arguments.Where(a => !consumed.Contains(a)))
        {
            if (argument.Type is null)
            {
                _errors.Add($"{coordinate}({argument.Name}:): no type is given; call .Type<…>() ({field.Source})");
                continue;
            }

            AddArgument(output, argument, argument.Type, coordinate, field.Source);
        }

        return names;
    }

    private static bool IsId(MemberInfo member) =>
        member.IsDefined(typeof(IDAttribute)) || (member is MethodInfo method && method.ReturnParameter.IsDefined(typeof(IDAttribute)));

    /// <summary>The parameter's default as a runtime value: reflection reports enum defaults of nullable enums as numbers.</summary>
    private static object? ParameterDefault(ParameterInfo parameter)
    {
        var type = Nullable.GetUnderlyingType(parameter.ParameterType) ?? parameter.ParameterType;
        return type.IsEnum && parameter.DefaultValue is { } value && value.GetType() != type ? Enum.ToObject(type, value) : parameter.DefaultValue;
    }

    private void AddArgument(OutputField output, ArgumentConfig config, TypeRef reference, string coordinate, string source)
    {
        var argumentCoordinate = $"{coordinate}({config.Name}:)";
        var type = _resolution.Resolve(reference, input: true, out var error);
        if (type is null)
        {
            _errors.Add($"{argumentCoordinate}: {error} ({source})");
            return;
        }

        var argument = new Argument(config.Name, type) { Description = config.Description, DeprecationReason = config.DeprecationReason };
        if (config.HasDefault)
        {
            argument.SetDefaultValue(config.DefaultValue);
        }

        TryAddMember(output.Arguments, argument, argumentCoordinate, source);
    }

    private FieldResolver? MemberResolver(ComplexTypeConfig config, FieldConfig field, string[] argumentNames) => field.Member switch
    {
        PropertyInfo or FieldInfo => ResolverCompiler.ForMember(field.Member, InstanceFor(config, field)),
        MethodInfo method => ResolverCompiler.ForMethod(method, InstanceFor(config, field), argumentNames, _converters),
        _ => null,
    };

    /// <summary>
    /// What a member is read from: the parent value for members of the type's own CLR type, a resolver-class
    /// instance for <c>ResolveWith</c> and extension classes, and on root types the root value or else an instance.
    /// </summary>
    private static Func<IResolverContext, object?>? InstanceFor(ComplexTypeConfig config, FieldConfig field)
    {
        if (field.Member is MethodInfo { IsStatic: true })
        {
            return null;
        }

        if (field.ResolverType is { } resolverType)
        {
            return ResolverCompiler.ResolverInstance(resolverType);
        }

        if (config.IsExtension)
        {
            return ResolverCompiler.ResolverInstance(config.RuntimeType);
        }

        if (!config.IsRoot)
        {
            return null;
        }

        var rootType = config.RuntimeType;
        var fallback = ResolverCompiler.ResolverInstance(rootType);
        return context => context.Parent is { } parent && rootType.IsInstanceOfType(parent) ? parent : fallback(context);
    }

    private static FieldResolver? ApplyMiddleware(FieldConfig field, FieldResolver? resolver)
    {
        if (field.Middleware.Count == 0)
        {
            return resolver;
        }

        var next = resolver ?? DefaultFieldResolver.Resolve;
        for (var i = field.Middleware.Count - 1; i >= 0; i--)
        {
            next = field.Middleware[i](next);
        }

        return next;
    }
}
