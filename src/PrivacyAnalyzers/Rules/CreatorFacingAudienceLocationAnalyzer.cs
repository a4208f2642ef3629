using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PrivacyAnalyzers.Model;

namespace PrivacyAnalyzers.Rules
{
    /// <summary>PRIV004: a creator sees where their audience is only as coarse aggregates. See docs/rules/PRIV004.md.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class CreatorFacingAudienceLocationAnalyzer : DiagnosticAnalyzer
    {
        internal static readonly DiagnosticDescriptor Rule = DiagnosticDescriptorHelper.Create(
            RuleIdentifiers.CreatorFacingTypeExposesAudienceLocation,
            title: "Creator-facing type exposes precise location of audience members",
            messageFormat: "Creator-facing type '{0}' exposes the precise location of its audience members through '{1}'; expose a coarse aggregate (country, region) instead",
            RuleCategories.Privacy,
            DiagnosticSeverity.Warning,
            description: "A creator may learn which countries or regions their audience comes from, never where one person is. Types shown to creators must not carry the coordinates, IP addresses, postal codes or street addresses of viewers, followers or other audience members.");

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

            var path = model.Locations.FindAudienceLocation(member, type);
            if (path is not null)
            {
                context.ReportDiagnostic(Diagnostic.Create(Rule, member.Locations[0], container.Name, path));
            }
        }

        /// <summary>Locations a creator-facing type inherits from a base that is not creator-facing are reported at its name.</summary>
        private static void AnalyzeInheritedMembers(SymbolAnalysisContext context, PrivacyModel model)
        {
            var type = (INamedTypeSymbol)context.Symbol;
            foreach (var inherited in ExposedMembers.InheritedFromPlainBases(type, model.Surfaces))
            {
                var path = model.Locations.FindAudienceLocation(inherited.Member, inherited.Type);
                if (path is not null)
                {
                    context.ReportDiagnostic(Diagnostic.Create(Rule, type.Locations[0], type.Name, inherited.DeclaringType.Name + "." + path));
                }
            }
        }
    }
}
