using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PrivacyAnalyzers.Model;

namespace PrivacyAnalyzers.Rules
{
    /// <summary>PRIV001: a creator sees aggregates of their audience, never who. See docs/rules/PRIV001.md.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class CreatorFacingAudienceIdentifierAnalyzer : DiagnosticAnalyzer
    {
        /// <summary>Diagnostic property: "true" when the member is a collection that a count can replace.</summary>
        public const string IsCollectionProperty = "IsCollection";

        internal static readonly DiagnosticDescriptor Rule = DiagnosticDescriptorHelper.Create(
            RuleIdentifiers.CreatorFacingTypeExposesAudienceIdentifiers,
            title: "Creator-facing type exposes identifiers of audience members",
            messageFormat: "Creator-facing type '{0}' exposes who its audience members are through '{1}'; expose an aggregate instead",
            RuleCategories.Privacy,
            DiagnosticSeverity.Warning,
            description: "A creator sees how many people viewed, liked, downloaded or followed, never who. Types shown to creators must carry counts and coarse dimensions, not user ids, handles, emails or rows about individual audience members.");

        private static readonly ImmutableDictionary<string, string?> CollectionProperties =
            ImmutableDictionary<string, string?>.Empty.Add(IsCollectionProperty, "true");

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();

            // Generated DTOs (OpenAPI clients, source generators) leak just as well as hand-written ones.
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
            context.RegisterCompilationStartAction(start =>
            {
                var models = PrivacyModels.Of(start.Compilation, start.Options);
                ExposedMembers.RegisterMemberAction(start, models, AnalyzeMember);
                start.RegisterSymbolAction(symbolContext => AnalyzeInheritedMembers(symbolContext, models.For(symbolContext.Symbol)), SymbolKind.NamedType);
            });
        }

        private static void AnalyzeMember(SymbolAnalysisContext context, PrivacyModel model)
        {
            var member = context.Symbol;
            if (!ExposedMembers.TryGetExposed(member, model.Surfaces, out var container, out var type))
            {
                return;
            }

            var path = model.Audience.FindAudienceIdentifier(member, type);
            if (path is null)
            {
                return;
            }

            var isCollection = model.Shapes.IsCollection(TypeShapes.Unwrap(type));
            context.ReportDiagnostic(Diagnostic.Create(
                Rule,
                member.Locations[0],
                isCollection ? CollectionProperties : ImmutableDictionary<string, string?>.Empty,
                container.Name,
                path));
        }

        /// <summary>
        /// Members a creator-facing type inherits from a base that is not creator-facing leak through the derived type,
        /// so they are reported at its name. A creator-facing base reports its own members.
        /// </summary>
        private static void AnalyzeInheritedMembers(SymbolAnalysisContext context, PrivacyModel model)
        {
            var type = (INamedTypeSymbol)context.Symbol;
            foreach (var inherited in ExposedMembers.InheritedFromPlainBases(type, model.Surfaces))
            {
                var path = model.Audience.FindAudienceIdentifier(inherited.Member, inherited.Type);
                if (path is not null)
                {
                    context.ReportDiagnostic(Diagnostic.Create(Rule, type.Locations[0], type.Name, inherited.DeclaringType.Name + "." + path));
                }
            }
        }
    }
}
