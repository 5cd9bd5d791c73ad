namespace ActionPlanTracker.Domain;

/// <summary>
/// A commitment of a plan version continues one of the version before it. <see cref="Carries"/> says whether what a member
/// had on the predecessor (the previous-cycle comparison, and the member × commitment data later parts add) follows into
/// the successor (<see cref="LineageKind"/> says which it is by default).
/// </summary>
public sealed class CommitmentLineage
{
    private CommitmentLineage() { }

    internal CommitmentLineage(Commitment successor, Commitment predecessor, bool carries)
    {
        Successor = successor;
        Predecessor = predecessor;
        PredecessorId = predecessor.Id;
        Carries = carries;
    }

    public int SuccessorId { get; private set; }

    public Commitment? Successor { get; private set; }

    public int PredecessorId { get; private set; }

    public Commitment? Predecessor { get; private set; }

    public bool Carries { get; private set; }

    internal void Carry(bool carries) => Carries = carries;
}
