namespace Clipstream.Analytics;

// Positional records: a violation is reported at the parameter that declares the property.

/// <summary>Compliant: the weekly e-mail a creator receives.</summary>
public sealed record CreatorWeeklySummary(
    Guid CreatorId,
    int Views,
    int NewFollowers,
    double CompletionRate);

/// <summary>Deliberate violation: the same digest, listing the e-mail addresses of the creator's followers.</summary>
public sealed record CreatorWeeklyDigest(
    Guid CreatorId,
    int Views,
    // PRIV001: the followers' e-mail addresses identify each member of the creator's audience
    IReadOnlyList<string> SubscriberEmails);
