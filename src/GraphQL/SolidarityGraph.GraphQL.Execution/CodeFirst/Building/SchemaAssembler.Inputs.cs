using System.Reflection;
using SolidarityGraph.GraphQL.CodeFirst.Resolvers;
using SolidarityGraph.GraphQL.Types;

namespace SolidarityGraph.GraphQL.CodeFirst.Building;

/// <summary>Completing input objects (fields and their CLR factories), unions and implemented interfaces.</summary>
internal sealed partial class SchemaAssembler
{
    private void CompleteInputObjects()
    {
        var inputs = _built.Where(b => b.Config is InputTypeConfig).Select(b => ((InputTypeConfig)b.Config, (InputObjectType)b.Type)).ToList();
        var factories = new List<(InputTypeConfig, InputObjectType, InputObjectFactory)>();

        // Every factory exists before any converter is built, so input objects can contain each other.
        foreach (var (config, type) in inputs)
        {
            var factory = new InputObjectFactory();
            _converters.AddInputFactory(config.RuntimeType, factory);
            factories.Add((config, type, factory));
        }

        foreach (var (config, type, factory) in factories)
        {
            CompleteInputObject(config, type, factory);
        }
    }

    private void CompleteInputObject(InputTypeConfig config, InputObjectType type, InputObjectFactory factory)
    {
        var runtime = config.RuntimeType;
        type.IsOneOf = config.IsOneOf;
        type.RuntimeType = runtime;
        var constructor = runtime.IsAbstract || runtime.IsInterface ? null : InputObjectFactory.ChooseConstructor(runtime);
        if (constructor is null)
        {
            _errors.Add($"{config.Name}: the CLR type {TypeResolution.FriendlyName(runtime)} has no public constructor to create input values with ({config.SourceName}).");
            return;
        }

        var parameters = constructor.GetParameters();
        var bound = new List<(string Field, PropertyInfo Property)>();
        foreach (var field in InputFields(config, parameters))
        {
            var property = (PropertyInfo)field.Member;
            var coordinate = $"{config.Name}.{field.Name}";
            var source = $"{TypeResolution.FriendlyName(runtime)}.{property.Name}, {config.SourceName}";
            var reference = field.Type ?? TypeRef.FromClr(property.PropertyType, _nullability.Create(property), property.IsDefined(typeof(IDAttribute)));
            var fieldType = _resolution.Resolve(reference, input: true, out var error);
            if (fieldType is null)
            {
                _errors.Add($"{coordinate}: {error} ({source})");
                continue;
            }

            var inputField = new InputField(field.Name, config.IsOneOf ? fieldType.NullableType() : fieldType)
            {
                Description = field.Description ?? Descriptions.Of(property),
                DeprecationReason = field.DeprecationReason ?? ObsoleteReason(property),
            };
            var parameter = parameters.FirstOrDefault(p => string.Equals(p.Name, property.Name, StringComparison.OrdinalIgnoreCase));
            if (field.HasDefault)
            {
                inputField.SetDefaultValue(field.DefaultValue);
            }
            else if (parameter is { HasDefaultValue: true, DefaultValue: not null })
            {
                inputField.SetDefaultValue(ParameterDefault(parameter));
            }

            if (!TryAddMember(type.Fields, inputField, coordinate, source))
            {
                continue;
            }

            bound.Add((field.Name, property));
        }

        factory.Initialize(runtime, constructor, bound, _converters);
    }

    private static IEnumerable<InputFieldConfig> InputFields(InputTypeConfig config, ParameterInfo[] parameters)
    {
        if (config.Binding == BindingBehavior.Explicit)
        {
            return config.Fields.Where(f => !config.IgnoredMembers.Contains(f.Member));
        }

        var result = new List<InputFieldConfig>();
        foreach (var property in Properties(config.RuntimeType))
        {
            var settable = property.SetMethod is { IsPublic: true }
                || parameters.Any(p => string.Equals(p.Name, property.Name, StringComparison.OrdinalIgnoreCase));
            if (!settable || config.IgnoredMembers.Contains(property) || property.IsDefined(typeof(GraphQLIgnoreAttribute)))
            {
                continue;
            }

            result.Add(config.Fields.Find(f => MemberIdentity.Same(f.Member, property)) ?? new InputFieldConfig(NameConventions.FieldName(property), property));
        }

        return result;
    }

    private void CompleteUnion(UnionTypeConfig config, UnionType type)
    {
        var members = new List<ObjectType>();
        foreach (var reference in config.Members)
        {
            var member = _resolution.Resolve(reference, input: false, out var error);
            if (member is ObjectType objectType)
            {
                members.Add(objectType);
            }
            else
            {
                _errors.Add($"{config.Name}: {error ?? $"the member {reference} is not an object type"} ({config.SourceName})");
            }
        }

        if (config.Members.Count == 0 && config.RuntimeType != typeof(object))
        {
            members.AddRange(_built
                .Where(b => b.Config is ComplexTypeConfig { IsInterface: false, IsRoot: false, IsExtension: false } c && config.RuntimeType.IsAssignableFrom(c.RuntimeType) && c.RuntimeType != typeof(object))
                .Select(b => (ObjectType)b.Type));
        }

        type.Types = members;
        type.ResolveType = config.ResolveType;
    }

    private IReadOnlyList<InterfaceType> Interfaces(ComplexTypeConfig config)
    {
        var interfaces = new List<InterfaceType>();
        foreach (var reference in config.Interfaces)
        {
            var resolved = _resolution.Resolve(reference, input: false, out var error);
            if (resolved is InterfaceType iface)
            {
                interfaces.Add(iface);
            }
            else
            {
                _errors.Add($"{config.Name}: {error ?? $"{reference} is not an interface"} ({config.SourceName})");
            }
        }

        if (config.RuntimeType != typeof(object) && !config.IsRoot)
        {
            foreach (var (other, type) in _built)
            {
                if (other is ComplexTypeConfig { IsInterface: true } candidate && !ReferenceEquals(candidate, config)
                    && candidate.RuntimeType != typeof(object) && candidate.RuntimeType.IsAssignableFrom(config.RuntimeType)
                    && !interfaces.Contains(type))
                {
                    interfaces.Add((InterfaceType)type);
                }
            }
        }

        return interfaces;
    }

    private bool TryAddMember<T>(FieldCollection<T> collection, T member, string coordinate, string source)
        where T : class, INamedMember
    {
        if (collection.Contains(member.Name))
        {
            _errors.Add($"{coordinate}: two members have this name ({source}).");
            return false;
        }

        collection.Add(member);
        return true;
    }

    private static string? ObsoleteReason(MemberInfo member) => member.GetCustomAttribute<ObsoleteAttribute>() is { } obsolete
        ? obsolete.Message ?? Types.Directives.SpecifiedDirectives.DefaultDeprecationReason
        : null;

    /// <summary>Public instance properties, base class first, each once; an interface's inherited interfaces included.</summary>
    private static IEnumerable<PropertyInfo> Properties(Type type)
    {
        const BindingFlags Flags = BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly;
        var chain = new List<Type>();
        if (type.IsInterface)
        {
            chain.AddRange(type.GetInterfaces());
            chain.Add(type);
        }
        else
        {
            for (var current = type; current is not null && current != typeof(object); current = current.BaseType)
            {
                chain.Insert(0, current);
            }
        }

        var result = new List<PropertyInfo>();
        foreach (var declaring in chain)
        {
            foreach (var property in declaring.GetProperties(Flags))
            {
                if (property.GetIndexParameters().Length == 0 && property.GetMethod is { IsPublic: true } && !property.GetMethod.IsStatic)
                {
                    // A derived class's 'new' property hides the base one.
                    result.RemoveAll(p => p.Name == property.Name);
                    result.Add(property);
                }
            }
        }

        return result;
    }
}
