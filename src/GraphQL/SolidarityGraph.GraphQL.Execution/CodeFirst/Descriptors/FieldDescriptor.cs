using System.Linq.Expressions;
using System.Reflection;
using SolidarityGraph.GraphQL.CodeFirst.Building;
using SolidarityGraph.GraphQL.CodeFirst.Resolvers;
using SolidarityGraph.GraphQL.Types;
using SolidarityGraph.GraphQL.Types.Resolvers;

namespace SolidarityGraph.GraphQL.CodeFirst.Descriptors;

/// <summary>Records the configuration of one object or interface field.</summary>
internal sealed class FieldDescriptor(FieldConfig config) : IObjectFieldDescriptor, IInterfaceFieldDescriptor
{

    public IObjectFieldDescriptor Name(string name)
    {
        config.Name = name;
        return this;
    }

    public IObjectFieldDescriptor Description(string? description)
    {
        config.Description = description;
        return this;
    }

    public IObjectFieldDescriptor Type<TType>()
        where TType : class
    {
        config.Type = TypeRef.FromDefinition(typeof(TType));
        return this;
    }

    public IObjectFieldDescriptor Type(string sdlType)
    {
        config.Type = TypeRef.FromSdl(sdlType);
        return this;
    }

    public IObjectFieldDescriptor Type(IType type)
    {
        config.Type = TypeRef.FromType(type);
        return this;
    }

    public IObjectFieldDescriptor Argument(string name, Action<IArgumentDescriptor> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        configure(new ArgumentDescriptor(config.GetOrAddArgument(name)));
        return this;
    }

    public IObjectFieldDescriptor Resolve<TResult>(Func<IResolverContext, TResult> resolver)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        config.Resolver = DelegateResolvers.Create(resolver);
        config.ResultType = ResultType(typeof(TResult), resolver.Method);
        return this;
    }

    public IObjectFieldDescriptor Resolve<TResult>(Func<IResolverContext, CancellationToken, TResult> resolver)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        config.Resolver = DelegateResolvers.Create<TResult>(context => resolver(context, context.CancellationToken));
        config.ResultType = ResultType(typeof(TResult), resolver.Method);
        return this;
    }

    public IObjectFieldDescriptor Resolve(FieldResolver resolver)
    {
        config.Resolver = resolver ?? throw new ArgumentNullException(nameof(resolver));
        config.ResultType = null;
        return this;
    }

    public IObjectFieldDescriptor ResolveWith<TResolver>(Expression<Func<TResolver, object?>> method)
    {
        config.Member = MemberExpressions.GetMember(method);
        config.ResolverType = typeof(TResolver);
        config.Resolver = null;
        config.ResultType = null;
        return this;
    }

    public IObjectFieldDescriptor Use(Func<FieldResolver, FieldResolver> middleware)
    {
        config.Middleware.Add(middleware ?? throw new ArgumentNullException(nameof(middleware)));
        return this;
    }

    public IObjectFieldDescriptor Authorize(string? policy = null)
    {
        AuthorizationMetadata.Add(config.ContextData, policy);
        return this;
    }

    public IObjectFieldDescriptor Deprecated(string reason = Types.Directives.SpecifiedDirectives.DefaultDeprecationReason)
    {
        config.DeprecationReason = reason;
        return this;
    }

    public IObjectFieldDescriptor Ignore()
    {
        config.Ignored = true;
        return this;
    }

    public IObjectFieldDescriptor Directive(Language.Ast.DirectiveNode directive)
    {
        config.Directives.Add(directive ?? throw new ArgumentNullException(nameof(directive)));
        return this;
    }

    public IObjectFieldDescriptor Metadata(string key, object? value)
    {
        config.ContextData[key] = value;
        return this;
    }

    IInterfaceFieldDescriptor IInterfaceFieldDescriptor.Name(string name) => (FieldDescriptor)Name(name);

    IInterfaceFieldDescriptor IInterfaceFieldDescriptor.Description(string? description) => (FieldDescriptor)Description(description);

    IInterfaceFieldDescriptor IInterfaceFieldDescriptor.Type<TType>() => (FieldDescriptor)Type<TType>();

    IInterfaceFieldDescriptor IInterfaceFieldDescriptor.Type(string sdlType) => (FieldDescriptor)Type(sdlType);

    IInterfaceFieldDescriptor IInterfaceFieldDescriptor.Argument(string name, Action<IArgumentDescriptor> configure) =>
        (FieldDescriptor)Argument(name, configure);

    IInterfaceFieldDescriptor IInterfaceFieldDescriptor.Deprecated(string reason) => (FieldDescriptor)Deprecated(reason);

    IInterfaceFieldDescriptor IInterfaceFieldDescriptor.Ignore() => (FieldDescriptor)Ignore();

    // Lambdas carry nullability metadata only when the result type is spelled out (Resolve<string?>); otherwise
    // the state is Unknown and reference types are inferred as nullable. NullabilityInfoContext is not thread-safe,
    // and schemas may be built concurrently, so each call gets its own.
    private static TypeRef ResultType(Type resultType, MethodInfo method) =>
        TypeRef.FromClr(resultType, new NullabilityInfoContext().Create(method.ReturnParameter));
}

/// <summary>Records the configuration of one argument.</summary>
internal sealed class ArgumentDescriptor(ArgumentConfig config) : IArgumentDescriptor
{
    public IArgumentDescriptor Type<TType>()
        where TType : class
    {
        config.Type = TypeRef.FromDefinition(typeof(TType));
        return this;
    }

    public IArgumentDescriptor Type(string sdlType)
    {
        config.Type = TypeRef.FromSdl(sdlType);
        return this;
    }

    public IArgumentDescriptor Description(string? description)
    {
        config.Description = description;
        return this;
    }

    public IArgumentDescriptor DefaultValue(object? value)
    {
        config.HasDefault = true;
        config.DefaultValue = value;
        return this;
    }

    public IArgumentDescriptor Deprecated(string reason = Types.Directives.SpecifiedDirectives.DefaultDeprecationReason)
    {
        config.DeprecationReason = reason;
        return this;
    }
}
