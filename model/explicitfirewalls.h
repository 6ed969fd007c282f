#pragma once

#include <QString>
#include <QUndoCommand>

#include <memory>

class Deployment;

// Firewalls added from the window, as one undoable step each that keeps every flow's path. A deployment that lists
// no firewalls has one implicit firewall between each pair of neighbouring lanes (FirewallTopology); as soon as it
// lists one, only the listed ones exist. So the implicit firewalls first become explicit ones with the same ids,
// names and interfaces (named after the zones' ids), in the same step.
namespace ExplicitFirewalls {

// Adds the implicit firewalls of the document as explicit ones, in lane order; an obsolete command (push() drops it)
// when the document lists firewalls already or has fewer than two zones.
std::unique_ptr<QUndoCommand> makeExplicit(Deployment* document);

// Adds firewall "fw<N>" (the first N not taken), named "Firewall <N>", joining the first two zones (neighbouring ones
// first) that a firewall joins already, else the first two zones, but never a zone that runs on a firewall (its
// local zone), with interfaces named after the zones' ids: listed last,
// beside that firewall, it changes no flow's way until the user changes its zones. The implicit firewalls become
// explicit first, in the same command. Obsolete with fewer than two zones. firewallId receives the new firewall's id.
std::unique_ptr<QUndoCommand> addFirewall(Deployment* document, QString* firewallId = nullptr);

} // namespace ExplicitFirewalls
