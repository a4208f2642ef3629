using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace PrivacyAnalyzers.Model
{
    /// <summary>
    /// The privacy vocabulary for one compilation: the team's policy, the creator-facing surfaces and the
    /// subject/audience classification that every rule asks. Built once at compilation start; its caches live
    /// as long as the compilation.
    /// </summary>
    internal sealed class PrivacyModel
    {
        private PrivacyModel(Compilation compilation, PrivacyPolicy policy)
        {
            Policy = policy;
            Names = new NameVocabulary(policy);
            Shapes = new TypeShapes(compilation);
            Surfaces = new CreatorFacingSurfaces(policy);
            Audience = new AudienceClassifier(policy, Names, Shapes, Surfaces);
            Events = new EngagementEvents(policy);
            Contexts = new EventContexts(Events);
            Sinks = new NotificationSinks(policy);
            Recipients = new Recipients(Names);
            Endpoints = new CreatorEndpoints(policy);
            Payloads = new EndpointPayloads(Audience, Surfaces);
        }

        public PrivacyPolicy Policy { get; }

        public NameVocabulary Names { get; }

        public TypeShapes Shapes { get; }

        public CreatorFacingSurfaces Surfaces { get; }

        public AudienceClassifier Audience { get; }

        public EngagementEvents Events { get; }

        public EventContexts Contexts { get; }

        public NotificationSinks Sinks { get; }

        public Recipients Recipients { get; }

        public CreatorEndpoints Endpoints { get; }

        public EndpointPayloads Payloads { get; }

        public static PrivacyModel Create(Compilation compilation, AnalyzerOptions options) =>
            new(compilation, PrivacyPolicy.From(options.AnalyzerConfigOptionsProvider.GlobalOptions));

    }
}
