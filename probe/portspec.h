#pragma once

#include <QBitArray>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

// Ports 1-65535 as a set of 65,536 bits: a range costs one fill however wide it is, and ranges that repeat or overlap
// cost nothing more, so a port list of any length never grows past 8 KB.
class PortSet final
{
public:
    PortSet();

    void insert(int first, int last); // both in 1-65535, first <= last
    void unite(const PortSet& other);
    void subtract(const PortSet& other); // removes every port of other
    bool contains(int port) const;
    bool isEmpty() const;
    qsizetype count() const;
    QList<int> toList() const; // ascending

    struct Run
    {
        int first;
        int last;
    };
    QList<Run> runs() const; // the ports as ascending ranges of consecutive ports

    friend bool operator==(const PortSet& a, const PortSet& b) { return a.m_bits == b.m_bits; }
    friend bool operator!=(const PortSet& a, const PortSet& b) { return !(a == b); }

private:
    QBitArray m_bits;
};

// Ports as the command line and nmap's reports write them: numbers and ranges separated by commas, e.g.
// "25,80,443,49152-65535". Returns the set, or nothing, with the first token that is not a port (1-65535) or an
// ascending range of ports in `badToken`.
std::optional<PortSet> parsePortSpec(QStringView spec, QString* badToken = nullptr);
