using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using PrivacyAnalyzers.Internals;
using PrivacyAnalyzers.Policy;

namespace PrivacyAnalyzers.Model
{
    /// <summary>
    /// Which endpoints creators call (privacy model §3.3): MVC actions and SignalR hub methods marked by
    /// <c>[CreatorFacing]</c>, an <c>[Authorize]</c> naming a creator role or policy, or a creator route; minimal APIs
    /// by route prefix (also through <c>MapGroup</c>) or a creator policy in their builder chain. Cached per compilation.
    /// </summary>
    internal sealed class CreatorEndpoints
    {
        /// <summary>How far a builder chain (MapGroup(…).MapGroup(…).RequireAuthorization(…)) is followed.</summary>
        private const int MaxChainLength = 8;

        private static readonly string[] CreatorRouteSegments = { "creator", "creators", "studio" };

        private readonly PrivacyPolicy _policy;
        private readonly Cache<INamedTypeSymbol, bool> _creatorTypes;

        // Every public method of the compilation is asked whether it is an action, and its type's bases and attributes
        // answer: the answer is kept for recent types, which come one after the other with their methods.
        private readonly SlotMemo<INamedTypeSymbol, bool> _recentActionContainers = new(slotBits: 6, RuntimeHelpers.GetHashCode);

        // The rules about what endpoints return each ask of every action, one after the other on the same thread: the
        // later ones read the first's answer instead of the attributes and routes again.
        private readonly SlotMemo<IMethodSymbol, bool> _lastAction = SlotMemo<IMethodSymbol, bool>.LastByThread();

        // Likewise every Map… call (AutoMapper's too): the later rules read the first's reading of the registration.
        private readonly SlotMemo<IInvocationOperation, MinimalApiEndpoint?> _lastMap = SlotMemo<IInvocationOperation, MinimalApiEndpoint?>.LastByThread();

        public CreatorEndpoints(PrivacyPolicy policy)
        {
            _policy = policy;
            _creatorTypes = new(ComputeIsCreatorFacingEndpointType, SymbolEqualityComparer.Default);
        }

        /// <summary>A public method of a controller or hub that creators call.</summary>
        public bool IsCreatorFacingAction(IMethodSymbol method)
        {
            if (!_lastAction.TryGet(method, out var isCreatorFacing))
            {
                isCreatorFacing = IsAction(method)
                    && (HasCreatorMarker(method) || HasCreatorActionRoute(method) || IsCreatorFacingEndpointType(method.ContainingType));
                _lastAction.Set(method, isCreatorFacing);
            }

            return isCreatorFacing;
        }

        /// <summary>An action: a public instance method of a controller or a SignalR hub, not marked <c>[NonAction]</c>.</summary>
        public bool IsAction(IMethodSymbol method) =>
            method is { MethodKind: MethodKind.Ordinary, IsStatic: false, DeclaredAccessibility: Accessibility.Public }
            && method.ContainingType is { } type
            && IsActionContainer(type)
            && !PrivacyAttributes.Has(method, "NonAction");

        private bool IsCreatorFacingEndpointType(INamedTypeSymbol type) => _creatorTypes[type.OriginalDefinition];

        private bool ComputeIsCreatorFacingEndpointType(INamedTypeSymbol type)
        {
            for (var current = type; current is not null && !Symbols.IsFrameworkType(current); current = current.BaseType)
            {
                if (HasCreatorMarker(current) || HasCreatorRoute(current))
                {
                    return true;
                }
            }

            return false;
        }

        private bool IsActionContainer(INamedTypeSymbol type)
        {
            if (!_recentActionContainers.TryGet(type, out var isContainer))
            {
                isContainer = IsController(type) || IsHub(type);
                _recentActionContainers.Set(type, isContainer);
            }

            return isContainer;
        }

        /// <summary>
        /// A class named …Controller, deriving from one, or marked [ApiController]/[Controller]. The attributes are read on
        /// the application's own types: the framework's controller bases are known by name, and object's are not decoded.
        /// </summary>
        private static bool IsController(INamedTypeSymbol type)
        {
            if (type.TypeKind != TypeKind.Class || PrivacyAttributes.Has(type, "NonController"))
            {
                return false;
            }

            for (var current = type; current is not null; current = current.BaseType)
            {
                if (current.Name is "ControllerBase" or "Controller"
                    || current.Name.EndsWith("Controller", StringComparison.Ordinal)
                    || PrivacyAttributes.MarksOwnType(current, "ApiController")
                    || PrivacyAttributes.MarksOwnType(current, "Controller"))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>A SignalR hub: a type deriving from <c>Microsoft.AspNetCore.SignalR.Hub</c>.</summary>
        public static bool IsHub(INamedTypeSymbol type)
        {
            for (var current = type.BaseType; current is not null; current = current.BaseType)
            {
                if (current.Name == "Hub" && Symbols.IsNamespace(current.ContainingNamespace, "Microsoft.AspNetCore.SignalR"))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary><c>[CreatorFacing]</c>, or <c>[Authorize]</c> whose policy or roles name a creator role.</summary>
        public bool HasCreatorMarker(ISymbol symbol)
        {
            foreach (var attribute in symbol.GetAttributes())
            {
                if (PrivacyAttributes.IsNamed(attribute.AttributeClass, PrivacyAttributes.CreatorFacing))
                {
                    return true;
                }

                if (!PrivacyAttributes.IsNamed(attribute.AttributeClass, "Authorize"))
                {
                    continue;
                }

                foreach (var argument in attribute.ConstructorArguments)
                {
                    foreach (var policy in Symbols.StringsOf(argument))
                    {
                        if (NamesCreatorRole(policy))
                        {
                            return true;
                        }
                    }
                }

                foreach (var argument in attribute.NamedArguments)
                {
                    if (argument.Key is not ("Policy" or "Roles"))
                    {
                        continue;
                    }

                    foreach (var names in Symbols.StringsOf(argument.Value))
                    {
                        if (NamesCreatorRole(names))
                        {
                            return true;
                        }
                    }
                }
            }

            return false;
        }

        /// <summary>A comma-separated list of roles or policies with one that matches <c>privacy.creator_roles</c>.</summary>
        public bool NamesCreatorRole(string names)
        {
            foreach (var name in names.Split(','))
            {
                var trimmed = name.Trim();
                foreach (var glob in _policy.CreatorRoles)
                {
                    if (glob.IsMatch(trimmed))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        /// <summary>A controller or hub (or an application base) whose route template starts with a creator segment.</summary>
        private static bool HasCreatorRoute(INamedTypeSymbol type)
        {
            foreach (var template in RouteTemplates(type))
            {
                if (RouteStartOf(template, type.Name) == RouteStart.Creator)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// An action whose route starts with a creator segment: an absolute template (<c>/studio/…</c>), or a relative
        /// one its controller's route leaves open (<c>[Route("api")]</c> and <c>[HttpGet("creator/videos")]</c>).
        /// </summary>
        private static bool HasCreatorActionRoute(IMethodSymbol action)
        {
            foreach (var template in RouteTemplates(action))
            {
                if ((IsAbsolute(template) || ControllerRouteLeavesOpen(action.ContainingType)) && StartsWithCreatorSegment(template))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Whether a controller's route leaves the creator question to its actions' templates: it has none, or one made
        /// only of <c>api</c> and version segments (<c>[Route("api/v1")]</c>). The nearest application type with a
        /// <c>[Route]</c> gives the controller's templates.
        /// </summary>
        private static bool ControllerRouteLeavesOpen(INamedTypeSymbol controller)
        {
            for (var current = controller; current is not null && !Symbols.IsFrameworkType(current); current = current.BaseType)
            {
                var hasRoute = false;
                foreach (var template in RouteTemplates(current))
                {
                    hasRoute = true;
                    if (RouteStartOf(template, controller.Name) == RouteStart.Open)
                    {
                        return true;
                    }
                }

                if (hasRoute)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>A template that ignores the controller's route: <c>/admin/cache</c>, <c>~/health</c>.</summary>
        public static bool IsAbsolute(string template) =>
            template.StartsWith("/", StringComparison.Ordinal) || template.StartsWith("~/", StringComparison.Ordinal);

        /// <summary>The templates of the route attributes on a symbol (<c>[Route]</c>, <c>[HttpGet]</c> …), as written.</summary>
        public static IEnumerable<string> RouteTemplates(ISymbol symbol)
        {
            foreach (var attribute in symbol.GetAttributes())
            {
                var name = attribute.AttributeClass?.Name;
                if (name is null || !(name.StartsWith("Route", StringComparison.Ordinal) || name.StartsWith("Http", StringComparison.Ordinal)))
                {
                    continue;
                }

                foreach (var argument in attribute.ConstructorArguments)
                {
                    foreach (var template in Symbols.StringsOf(argument))
                    {
                        yield return template;
                    }
                }
            }
        }

        /// <summary>
        /// <c>/creator/…</c>, <c>/creators/…</c> or <c>/studio/…</c>, also behind the usual <c>api</c> and version
        /// segments (<c>/api/v2/studio/…</c>).
        /// </summary>
        public static bool StartsWithCreatorSegment(string template) => RouteStartOf(template, controllerName: null) == RouteStart.Creator;

        private enum RouteStart
        {
            /// <summary>Only <c>api</c> and version segments, or nothing: the rest of the route decides.</summary>
            Open,
            Creator,
            Other,
        }

        /// <summary>
        /// What the first segment after any <c>api</c> and version segments is. <c>[controller]</c> stands for the
        /// controller's name without its suffix (<c>StudioController</c>: <c>studio</c>).
        /// </summary>
        private static RouteStart RouteStartOf(string template, string? controllerName)
        {
            // Asked of every route of the application: segments are read in place, not split into new strings.
            var rest = template.AsSpan();
            while (!rest.IsEmpty)
            {
                var end = rest.IndexOfAny('/', '~');
                var segment = end < 0 ? rest : rest.Slice(0, end);
                rest = end < 0 ? ReadOnlySpan<char>.Empty : rest.Slice(end + 1);
                if (segment.IsEmpty || IsApiOrVersionSegment(segment))
                {
                    continue;
                }

                if (controllerName is not null && segment.Equals("[controller]".AsSpan(), StringComparison.OrdinalIgnoreCase))
                {
                    segment = ControllerToken(controllerName);
                }

                return IsCreatorSegment(segment) ? RouteStart.Creator : RouteStart.Other;
            }

            return RouteStart.Open;
        }

        /// <summary>What <c>[controller]</c> stands for: the controller's name without its suffix (<c>StudioController</c>: <c>Studio</c>).</summary>
        public static ReadOnlySpan<char> ControllerToken(string controllerName) =>
            controllerName.EndsWith("Controller", StringComparison.Ordinal)
                ? controllerName.AsSpan(0, controllerName.Length - "Controller".Length)
                : controllerName.AsSpan();

        private static bool IsCreatorSegment(ReadOnlySpan<char> segment)
        {
            foreach (var creatorSegment in CreatorRouteSegments)
            {
                if (segment.Equals(creatorSegment.AsSpan(), StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary><c>api</c>, <c>v2</c>, <c>v1.1</c>, or an API version parameter (<c>v{version:apiVersion}</c>, <c>{version}</c>).</summary>
        private static bool IsApiOrVersionSegment(ReadOnlySpan<char> segment) =>
            segment.Equals("api".AsSpan(), StringComparison.OrdinalIgnoreCase)
            || (segment.Length > 1 && (segment[0] == 'v' || segment[0] == 'V') && IsDigits(segment.Slice(1)))
            || segment.TrimStart('v').StartsWith("{version".AsSpan(), StringComparison.OrdinalIgnoreCase);

        private static bool IsDigits(ReadOnlySpan<char> text)
        {
            foreach (var c in text)
            {
                if (!char.IsDigit(c) && c != '.')
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// A minimal API registration (<c>MapGet(pattern, handler)</c> …), with its display name
        /// (<c>GET /studio/videos/{id}/viewers</c>) and whether creators call it; null when it is not one.
        /// </summary>
        public MinimalApiEndpoint? FindMinimalApi(IInvocationOperation map)
        {
            if (!map.TargetMethod.Name.StartsWith("Map", StringComparison.Ordinal))
            {
                return null;
            }

            if (!_lastMap.TryGet(map, out var endpoint))
            {
                endpoint = ReadMinimalApi(map);
                _lastMap.Set(map, endpoint);
            }

            return endpoint;
        }

        private MinimalApiEndpoint? ReadMinimalApi(IInvocationOperation map)
        {
            var method = map.TargetMethod;
            if (FindArgument(map, "pattern") is not { ConstantValue: { HasValue: true, Value: string pattern } }
                || FindArgument(map, "handler") is not IDelegateCreationOperation handler)
            {
                return null;
            }

            var group = ReadGroup(map.Receiver(), 0);
            var route = group.Prefix + "/" + pattern.TrimStart('/');
            var isCreatorFacing = StartsWithCreatorSegment(route)
                || group.RequiresCreatorPolicy
                || ChainRequiresCreatorPolicy(map)
                || HandlerIsMarked(handler.Target);
            var verb = method.Name.Length > "Map".Length && method.Name != "MapMethods"
                ? method.Name.Substring("Map".Length).ToUpperInvariant() + " "
                : string.Empty;
            return new MinimalApiEndpoint(verb + route, route, handler.Target, isCreatorFacing);
        }

        private bool HandlerIsMarked(IOperation target) => target switch
        {
            IAnonymousFunctionOperation lambda => HasCreatorMarker(lambda.Symbol),
            IMethodReferenceOperation reference => HasCreatorMarker(reference.Method),
            _ => false,
        };

        /// <summary>Follows the builder a route is mapped on back through MapGroup and RequireAuthorization calls.</summary>
        private RouteGroup ReadGroup(IOperation? builder, int depth)
        {
            builder = builder?.WithoutImplicitConversions();
            if (builder is null || depth > MaxChainLength)
            {
                return RouteGroup.None;
            }

            if (builder is ILocalReferenceOperation local)
            {
                return ReadGroup(Initializer(local), depth + 1);
            }

            if (builder is not IInvocationOperation call)
            {
                return RouteGroup.None;
            }

            var outer = ReadGroup(call.Receiver(), depth + 1);
            if (call.TargetMethod.Name == "MapGroup" && FindArgument(call, "prefix") is { ConstantValue: { HasValue: true, Value: string prefix } })
            {
                return new RouteGroup(outer.Prefix + "/" + prefix.Trim('/'), outer.RequiresCreatorPolicy);
            }

            return IsCreatorAuthorization(call) ? new RouteGroup(outer.Prefix, requiresCreatorPolicy: true) : outer;
        }

        /// <summary><c>app.MapGet(…).RequireAuthorization("CreatorOnly")</c>: a creator policy later in the chain.</summary>
        private bool ChainRequiresCreatorPolicy(IInvocationOperation map)
        {
            IOperation current = map;
            for (var depth = 0; depth < MaxChainLength; depth++)
            {
                var next = current.Parent is IArgumentOperation { Parent: IInvocationOperation extension } ? extension
                    : current.Parent as IInvocationOperation;
                if (next is null || !ReferenceEquals(next.Receiver()?.WithoutImplicitConversions(), current))
                {
                    return false;
                }

                if (IsCreatorAuthorization(next))
                {
                    return true;
                }

                current = next;
            }

            return false;
        }

        /// <summary><c>RequireAuthorization("CreatorOnly")</c>, or a policy built with <c>RequireRole("Creator")</c>.</summary>
        private bool IsCreatorAuthorization(IInvocationOperation call)
        {
            if (call.TargetMethod.Name != "RequireAuthorization")
            {
                return false;
            }

            foreach (var argument in call.Arguments)
            {
                if (argument.Parameter?.Ordinal == 0 && call.TargetMethod.IsExtensionMethod)
                {
                    continue;
                }

                foreach (var operation in argument.Value.DescendantsAndSelf())
                {
                    if (operation.ConstantValue is { HasValue: true, Value: string name } && NamesCreatorRole(name))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private static IOperation? Initializer(ILocalReferenceOperation local)
        {
            foreach (var reference in local.Local.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax() is VariableDeclaratorSyntax { Initializer: { } initializer }
                    && local.SemanticModel is { } model
                    && initializer.SyntaxTree == model.SyntaxTree)
                {
                    return model.GetOperation(initializer.Value);
                }
            }

            return null;
        }

        private static IOperation? FindArgument(IInvocationOperation call, string parameterName)
        {
            foreach (var argument in call.Arguments)
            {
                if (argument.Parameter?.Name == parameterName)
                {
                    return argument.Value.WithoutImplicitConversions();
                }
            }

            return null;
        }

        private sealed class RouteGroup
        {
            public static readonly RouteGroup None = new(string.Empty, requiresCreatorPolicy: false);

            public RouteGroup(string prefix, bool requiresCreatorPolicy)
            {
                Prefix = prefix;
                RequiresCreatorPolicy = requiresCreatorPolicy;
            }

            public string Prefix { get; }

            public bool RequiresCreatorPolicy { get; }
        }
    }

    /// <summary>A minimal API: its display name, its route, its handler (a lambda or a method group) and whether creators call it.</summary>
    internal sealed class MinimalApiEndpoint
    {
        public MinimalApiEndpoint(string displayName, string route, IOperation handler, bool isCreatorFacing)
        {
            DisplayName = displayName;
            Route = route;
            Handler = handler;
            IsCreatorFacing = isCreatorFacing;
        }

        /// <summary><c>GET /studio/videos/{id}/viewers</c>.</summary>
        public string DisplayName { get; }

        /// <summary>The route with its group prefixes: <c>/studio/videos/{id}/viewers</c>.</summary>
        public string Route { get; }

        public IOperation Handler { get; }

        public bool IsCreatorFacing { get; }
    }
}
