using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using PrivacyAnalyzers.Model;

namespace PrivacyAnalyzers.Map
{
    /// <summary>
    /// Asks the privacy model what the rules ask, beside them in the same analyzer run and with the same models, and keeps
    /// the answers: the surface types, the endpoints, the notification sinks and the event contexts of a compilation.
    /// Never reports: it only sees the compilation the way the rules do, symbols, bodies and top-level statements alike.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    internal sealed class SurfaceCollector : DiagnosticAnalyzer
    {
        // The driver runs only analyzers that can report something: this descriptor is never reported.
        private static readonly DiagnosticDescriptor NeverReported = new(
            "PRIVMAP", "Privacy map", "Privacy map", "Privacy", DiagnosticSeverity.Hidden, isEnabledByDefault: true);

        private readonly Func<Location, MapLocation> _locate;

        public SurfaceCollector(Func<Location, MapLocation> locate) => _locate = locate;

        /// <summary>Each surface type with its member rows, which the builder gives the rules reported at them.</summary>
        public ConcurrentBag<(MapType Type, ImmutableArray<MemberRow> Rows)> Types { get; } = new();

        /// <summary>Values assigned to an exposed member of a surface type: a leak the declaration does not show is reported there.</summary>
        public ConcurrentBag<(ISymbol Member, Location Value)> Fills { get; } = new();

        public ConcurrentBag<MapEndpoint> Endpoints { get; } = new();

        /// <summary>Each sink with where it is, which the builder gives the rules reported there.</summary>
        public ConcurrentBag<(MapSink Sink, Location Location)> Sinks { get; } = new();

        public ConcurrentBag<MapEventContext> EventContexts { get; } = new();

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(NeverReported);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze);
            context.RegisterCompilationStartAction(start =>
            {
                var models = PrivacyModels.Of(start.Compilation, start.Options);
                start.RegisterSymbolAction(c => CollectType((INamedTypeSymbol)c.Symbol, models.For(c.Symbol)), SymbolKind.NamedType);
                start.RegisterSymbolAction(c => CollectMethod((IMethodSymbol)c.Symbol, models.For(c.Symbol)), SymbolKind.Method);
                start.RegisterOperationAction(
                    c => CollectOperation(c.Operation, c.ContainingSymbol, models.For(c.Operation.Syntax.SyntaxTree), c.CancellationToken),
                    OperationKind.Invocation,
                    OperationKind.ObjectCreation);
                start.RegisterOperationAction(c => CollectFill((ISimpleAssignmentOperation)c.Operation, models.For(c.Operation.Syntax.SyntaxTree)), OperationKind.SimpleAssignment);
            });
        }

        private void CollectType(INamedTypeSymbol type, PrivacyModel model)
        {
            var creatorFacing = model.Surfaces.Explain(type);
            var response = model.Responses.Explain(type);
            if ((creatorFacing ?? response) is null || type.Locations.Length == 0)
            {
                return;
            }

            var rows = ImmutableArray.CreateBuilder<MemberRow>();
            foreach (var member in type.GetMembers())
            {
                if (member.Kind is SymbolKind.Property or SymbolKind.Field && ExposedMembers.IsExposed(member) && ExposedMembers.TryGetJudgedType(member, out var memberType))
                {
                    rows.Add(new MemberRow(member, member.Name, Display(memberType), member.Locations[0], IsInherited: false, Category(model, member, memberType)));
                }
            }

            foreach (var inherited in ExposedMembers.InheritedFromPlainBases(type, model.Surfaces))
            {
                var name = inherited.DeclaringType.Name + "." + inherited.Member.Name;
                rows.Add(new MemberRow(inherited.Member, name, Display(inherited.Type), type.Locations[0], IsInherited: true, Category(model, inherited.Member, inherited.Type)));
            }

            Types.Add((new MapType(Display(type), _locate(type.Locations[0]), creatorFacing, response, Array.Empty<MapMember>()), rows.ToImmutable()));
        }

        /// <summary>
        /// What the member's name says it holds about a person, or else whether its type is a person or rows of people
        /// (<c>UserDto CreatedBy</c>, <c>List&lt;FollowerRow&gt; Followers</c>), which identify by id (privacy model §10).
        /// </summary>
        private static string? Category(PrivacyModel model, ISymbol member, ITypeSymbol type) =>
            DataCategories.OfMemberName(model.Names.Read(member.Name))
            ?? (model.Audience.DescribesPerson(type) || model.Audience.FindRowsOfPeople(type) is not null ? DataCategories.UniqueId : null);

        private void CollectMethod(IMethodSymbol method, PrivacyModel model)
        {
            if (method.Locations.Length == 0 || !method.Locations[0].IsInSource)
            {
                return;
            }

            if (model.Endpoints.IsAction(method))
            {
                Endpoints.Add(new MapEndpoint(
                    method.ContainingType.Name + "." + method.Name,
                    _locate(method.Locations[0]),
                    ActionRoutes.Of(method),
                    model.Endpoints.IsCreatorFacingAction(method),
                    Payloads(method)));
            }

            var context = method.MethodKind == MethodKind.Ordinary ? model.Contexts.OfMethod(method) : EventContext.None;
            if (context.Kind != EngagementKind.None)
            {
                EventContexts.Add(new MapEventContext(Name(method), _locate(method.Locations[0]), EventName(context.Kind), context.Reason));
            }
        }

        private void CollectOperation(IOperation operation, ISymbol containingSymbol, PrivacyModel model, CancellationToken cancellationToken)
        {
            if (operation is IInvocationOperation invocation && model.Endpoints.FindMinimalApi(invocation) is { } minimalApi)
            {
                Endpoints.Add(new MapEndpoint(
                    minimalApi.DisplayName,
                    _locate(operation.Syntax.GetLocation()),
                    new[] { minimalApi.Route },
                    minimalApi.IsCreatorFacing,
                    HandlerPayloads(minimalApi.Handler)));
            }

            // A sink, or in an event a call to a helper that reaches one: what PRIV002 and PRIV003 report.
            var context = model.Contexts.Find(operation, containingSymbol);
            var hasEvent = context.Kind != EngagementKind.None;
            var isSink = model.Sinks.IsSink(operation);
            var helper = !isSink && hasEvent && model.Reach.Find(operation, containingSymbol, cancellationToken) is { Chain: { } chain } reached
                ? reached.Sink + " through " + chain
                : null;
            if (isSink || helper is not null)
            {
                var location = operation.Syntax.GetLocation();
                var sink = new MapSink(
                    helper ?? NotificationSinks.Describe(operation),
                    Name(containingSymbol),
                    _locate(location),
                    hasEvent ? EventName(context.Kind) : null,
                    hasEvent ? context.Reason : null,
                    Array.Empty<string>());
                Sinks.Add((sink, location));
            }
        }

        private void CollectFill(ISimpleAssignmentOperation assignment, PrivacyModel model)
        {
            if (assignment.Target is IMemberReferenceOperation { Member: { ContainingType: { } container } member }
                && ExposedMembers.IsExposed(member)
                && (model.Surfaces.IsCreatorFacing(container) || model.Responses.IsResponseType(container)))
            {
                Fills.Add((member.OriginalDefinition, assignment.Value.Syntax.GetLocation()));
            }
        }

        /// <summary>What a minimal API's handler declares it returns, as an action's.</summary>
        private static IReadOnlyList<string> HandlerPayloads(IOperation handler) => handler switch
        {
            IAnonymousFunctionOperation lambda => Payloads(lambda.Symbol),
            IMethodReferenceOperation reference => Payloads(reference.Method),
            _ => Array.Empty<string>(),
        };

        private static IReadOnlyList<string> Payloads(IMethodSymbol handler) =>
            EndpointPayloads.DeclaredBy(handler).Select(Display).Distinct().ToList();

        private static string EventName(EngagementKind kind) => kind == EngagementKind.Negative ? "negative" : "private";

        private static string Name(ISymbol symbol) =>
            symbol is IMethodSymbol { MethodKind: MethodKind.AnonymousFunction or MethodKind.LocalFunction } nested
                ? Name(nested.ContainingSymbol) + " (" + (nested.MethodKind == MethodKind.LocalFunction ? nested.Name : "lambda") + ")"
                : symbol.ContainingType is { } type ? type.Name + "." + symbol.Name : symbol.Name;

        private static string Display(ITypeSymbol type) => type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat);
    }

    /// <summary>
    /// A member row as collected: the symbol its fills are matched by, the location its own findings are reported at (the
    /// type's name for an inherited member, whose findings name <c>Base.Member</c> in their message), and the data
    /// category its name gives.
    /// </summary>
    internal sealed record MemberRow(ISymbol Member, string Name, string Type, Location ReportedAt, bool IsInherited, string? NameCategory);
}
