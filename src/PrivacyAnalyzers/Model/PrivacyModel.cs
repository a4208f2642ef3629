using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.Names;
using PrivacyAnalyzers.Policy;

namespace PrivacyAnalyzers.Model
{
    /// <summary>
    /// The privacy vocabulary under one policy: the team's policy, the creator-facing surfaces and the
    /// subject/audience classification that every rule asks. Built once per compilation and policy, and shared by
    /// every rule (see <see cref="PrivacyModels"/>); its caches live as long as the compilation.
    /// </summary>
    internal sealed class PrivacyModel
    {
        private PrivacyModel(Compilation compilation, PrivacyPolicy policy)
        {
            Policy = policy;
            Names = new NameVocabulary(policy);
            Shapes = new TypeShapes();
            Surfaces = new CreatorFacingSurfaces(policy);
            Audience = new AudienceClassifier(policy, Names, Shapes, Surfaces);
            Locations = new PreciseLocations(Names, Shapes, Surfaces);
            Events = new EngagementEvents(policy);
            Contexts = new EventContexts(Events);
            Sinks = new NotificationSinks(policy);
            Recipients = new Recipients(Names);
            Reach = new NotificationReach(compilation, Sinks, Recipients, Contexts);
            Endpoints = new CreatorEndpoints(policy);
            Payloads = new EndpointPayloads(Audience, Surfaces);
        }

        public PrivacyPolicy Policy { get; }

        public NameVocabulary Names { get; }

        public TypeShapes Shapes { get; }

        public CreatorFacingSurfaces Surfaces { get; }

        public AudienceClassifier Audience { get; }

        public PreciseLocations Locations { get; }

        public EngagementEvents Events { get; }

        public EventContexts Contexts { get; }

        public NotificationSinks Sinks { get; }

        public Recipients Recipients { get; }

        /// <summary>Which methods of the compilation reach a notification sink; summaries cached per model.</summary>
        public NotificationReach Reach { get; }

        public CreatorEndpoints Endpoints { get; }

        public EndpointPayloads Payloads { get; }

        public static PrivacyModel Create(Compilation compilation, PrivacyPolicy policy) => new(compilation, policy);

    }
}
