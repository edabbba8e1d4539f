package io.github.segmentkit.core.row;

import static org.objectweb.asm.Opcodes.AALOAD;
import static org.objectweb.asm.Opcodes.ACC_FINAL;
import static org.objectweb.asm.Opcodes.ACC_PRIVATE;
import static org.objectweb.asm.Opcodes.ACC_STATIC;
import static org.objectweb.asm.Opcodes.ACC_SUPER;
import static org.objectweb.asm.Opcodes.ACC_SYNTHETIC;
import static org.objectweb.asm.Opcodes.ALOAD;
import static org.objectweb.asm.Opcodes.ASTORE;
import static org.objectweb.asm.Opcodes.BASTORE;
import static org.objectweb.asm.Opcodes.CHECKCAST;
import static org.objectweb.asm.Opcodes.DUP2;
import static org.objectweb.asm.Opcodes.GETFIELD;
import static org.objectweb.asm.Opcodes.GETSTATIC;
import static org.objectweb.asm.Opcodes.I2L;
import static org.objectweb.asm.Opcodes.ICONST_0;
import static org.objectweb.asm.Opcodes.ICONST_1;
import static org.objectweb.asm.Opcodes.ILOAD;
import static org.objectweb.asm.Opcodes.INVOKEINTERFACE;
import static org.objectweb.asm.Opcodes.INVOKESTATIC;
import static org.objectweb.asm.Opcodes.IOR;
import static org.objectweb.asm.Opcodes.IRETURN;
import static org.objectweb.asm.Opcodes.ISTORE;
import static org.objectweb.asm.Opcodes.ISUB;
import static org.objectweb.asm.Opcodes.IUSHR;
import static org.objectweb.asm.Opcodes.IXOR;
import static org.objectweb.asm.Opcodes.L2I;
import static org.objectweb.asm.Opcodes.LAND;
import static org.objectweb.asm.Opcodes.LASTORE;
import static org.objectweb.asm.Opcodes.LCONST_0;
import static org.objectweb.asm.Opcodes.LLOAD;
import static org.objectweb.asm.Opcodes.LNEG;
import static org.objectweb.asm.Opcodes.LOR;
import static org.objectweb.asm.Opcodes.LRETURN;
import static org.objectweb.asm.Opcodes.LSHL;
import static org.objectweb.asm.Opcodes.LSTORE;
import static org.objectweb.asm.Opcodes.LUSHR;
import static org.objectweb.asm.Opcodes.LXOR;
import static org.objectweb.asm.Opcodes.PUTFIELD;
import static org.objectweb.asm.Opcodes.PUTSTATIC;
import static org.objectweb.asm.Opcodes.RETURN;
import static org.objectweb.asm.Opcodes.V17;

import io.github.segmentkit.core.codegen.HiddenClasses;
import io.github.segmentkit.core.row.AttributeSlots.SlotReader;
import io.github.segmentkit.core.row.RowKernel.SegmentDecisions;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodHandles.Lookup;
import java.lang.invoke.MethodType;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Type;

/**
 * Generates, for one plan, a {@link RowKernel} whose methods are straight lines of calls: read attribute 0, read
 * attribute 1, …, test leaf 0, test leaf 1, …, each call on a reader or a leaf held in a {@code static final} field
 * of the generated class. The JIT treats such a field as a constant and so knows the exact class of each receiver:
 * it inlines each call, down to the schema's extractor and the leaf's comparison, as it does the calls of a
 * hand-written predicate. {@link InterpretedRowKernel}'s loops make one call site for all readers and one for all
 * leaves, which the JIT can only dispatch indirectly (a sixteenth-session profile put those calls at about 300 of
 * the 480 ns a 20-segment classification took with the customer in cache).
 *
 * <p>What is generated comes from the plan's shape only: how many readers and leaves. The readers and leaves
 * themselves, compiled from validated definitions, reach the class as its class data
 * ({@link Lookup#defineHiddenClassWithClassData}); no value, name or string of a definition is written into the
 * code. The class is hidden: it has no name a class loader could find, and it is unloaded with its plan.
 *
 * <p>No method has a branch (so none needs stack-map frames), and each holds at most {@value #PER_METHOD} calls:
 * the JIT does not compile a method of more than 8,000 bytes of bytecode.
 */
final class RowKernelGenerator {
    /** Readers or leaves per generated method: one word of atom bits for the leaves. */
    static final int PER_METHOD = 64;
    /** The most readers and leaves together that one class holds (each a field and its constant-pool entries). */
    static final int MAX_CONSTANTS = 4_096;
    /** The most terms of a generated {@link RowKernel#decide}: about 30 bytes of bytecode each. */
    static final int MAX_TERMS = 200;

    private static final String CLASS = "io/github/segmentkit/core/row/GeneratedRowKernel";
    private static final String KERNEL = Type.getInternalName(RowKernel.class);
    private static final String CONTEXT = Type.getInternalName(RowContext.class);
    private static final String READER = Type.getInternalName(SlotReader.class);
    private static final String LEAF = Type.getInternalName(RowPredicate.class);
    private static final String READ = "(Ljava/lang/Object;L" + CONTEXT + ";)V";
    private static final String TEST = "(L" + CONTEXT + ";)V";

    private RowKernelGenerator() {
    }

    /** Whether a plan with {@code readers} attribute readers and {@code leaves} leaves can be generated. */
    static boolean fits(int readers, int leaves) {
        return readers + leaves <= MAX_CONSTANTS;
    }

    /**
     * Whether {@code decisions} are few enough terms for one method: with up to 64 segments of up to 64 terms each,
     * a single-word plan could otherwise exceed what the JIT compiles.
     */
    static boolean fits(SegmentDecisions decisions) {
        return decisions.termCount() <= MAX_TERMS;
    }

    /**
     * A new kernel class for {@code readers} and {@code leaves}, defined and instantiated; with {@code decisions}
     * (or {@code null}), one that also {@linkplain RowKernel#decide decides} the segments.
     */
    @SuppressWarnings("unchecked")   // the class data is typed by the generated code's casts
    static <T> RowKernel<T> generate(SlotReader<T>[] readers, RowPredicate[] leaves, SegmentDecisions decisions) {
        Object[] constants = new Object[readers.length + leaves.length];
        System.arraycopy(readers, 0, constants, 0, readers.length);
        System.arraycopy(leaves, 0, constants, readers.length, leaves.length);
        byte[] bytes = bytes(readers.length, leaves.length, decisions);
        try {
            Lookup kernel = MethodHandles.lookup().defineHiddenClassWithClassData(bytes, constants, true);
            return (RowKernel<T>) kernel.findConstructor(kernel.lookupClass(), MethodType.methodType(void.class))
                    .invoke();
        } catch (Throwable e) {
            throw new IllegalStateException("could not define the row code of a plan with " + readers.length
                    + " attributes and " + leaves.length + " leaves; the system property "
                    + RowKernel.ROW_CODE_PROPERTY + "=interpreted runs without it", e);
        }
    }

    /** The class file of a kernel with {@code readers} readers and {@code leaves} leaves. */
    static byte[] bytes(int readers, int leaves, SegmentDecisions decisions) {
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        writer.visit(V17, ACC_FINAL | ACC_SUPER | ACC_SYNTHETIC, CLASS, null, KERNEL, null);
        for (int i = 0; i < readers; i++) {
            writer.visitField(ACC_PRIVATE | ACC_STATIC | ACC_FINAL, reader(i), "L" + READER + ";", null, null)
                    .visitEnd();
        }
        for (int k = 0; k < leaves; k++) {
            writer.visitField(ACC_PRIVATE | ACC_STATIC | ACC_FINAL, leaf(k), "L" + LEAF + ";", null, null)
                    .visitEnd();
        }
        classInitializer(writer, readers, leaves);
        HiddenClasses.constructor(writer, KERNEL);
        int readMethods = methods(readers);
        int testMethods = methods(leaves);
        for (int m = 0; m < readMethods; m++) {
            readMethod(writer, m, Math.min(readers, (m + 1) * PER_METHOD));
        }
        for (int m = 0; m < testMethods; m++) {
            testMethod(writer, m, Math.min(leaves, (m + 1) * PER_METHOD));
        }
        MethodVisitor read = writer.visitMethod(0, "read", READ, null, null);
        read.visitCode();
        for (int m = 0; m < readMethods; m++) {
            read.visitVarInsn(ALOAD, 1);
            read.visitVarInsn(ALOAD, 2);
            read.visitMethodInsn(INVOKESTATIC, CLASS, "read" + m, READ, false);
        }
        read.visitInsn(RETURN);
        read.visitMaxs(0, 0);
        read.visitEnd();
        MethodVisitor test = writer.visitMethod(0, "testLeaves", TEST, null, null);
        test.visitCode();
        for (int m = 0; m < testMethods; m++) {
            test.visitVarInsn(ALOAD, 1);
            test.visitMethodInsn(INVOKESTATIC, CLASS, "test" + m, TEST, false);
        }
        test.visitInsn(RETURN);
        test.visitMaxs(0, 0);
        test.visitEnd();
        returnTrue(writer, "isGenerated");
        if (decisions != null) {
            decideMethods(writer, decisions);
        }
        writer.visitEnd();
        return writer.toByteArray();
    }

    /** {@code <clinit>}: each constant of the class data into its field, readers first. */
    private static void classInitializer(ClassWriter writer, int readers, int leaves) {
        MethodVisitor init = writer.visitMethod(ACC_STATIC, "<clinit>", "()V", null, null);
        init.visitCode();
        HiddenClasses.loadClassData(init, 0);
        for (int i = 0; i < readers + leaves; i++) {
            boolean isReader = i < readers;
            init.visitVarInsn(ALOAD, 0);
            HiddenClasses.push(init, i);
            init.visitInsn(AALOAD);
            init.visitTypeInsn(CHECKCAST, isReader ? READER : LEAF);
            init.visitFieldInsn(PUTSTATIC, CLASS, isReader ? reader(i) : leaf(i - readers),
                    "L" + (isReader ? READER : LEAF) + ";");
        }
        init.visitInsn(RETURN);
        init.visitMaxs(0, 0);
        init.visitEnd();
    }

    /** {@code static void readM(Object customer, RowContext context)}: readers {@code 64 M} up to {@code end}. */
    private static void readMethod(ClassWriter writer, int m, int end) {
        MethodVisitor read = writer.visitMethod(ACC_PRIVATE | ACC_STATIC, "read" + m, READ, null, null);
        read.visitCode();
        for (int i = m * PER_METHOD; i < end; i++) {
            // context.reading = i: the slot a failure is reported against
            read.visitVarInsn(ALOAD, 1);
            HiddenClasses.push(read, i);
            read.visitFieldInsn(PUTFIELD, CONTEXT, "reading", "I");
            read.visitFieldInsn(GETSTATIC, CLASS, reader(i), "L" + READER + ";");
            read.visitVarInsn(ALOAD, 0);
            read.visitVarInsn(ALOAD, 1);
            read.visitMethodInsn(INVOKEINTERFACE, READER, "read", READ, true);
        }
        read.visitInsn(RETURN);
        read.visitMaxs(0, 0);
        read.visitEnd();
    }

    /**
     * {@code static void testM(RowContext context)}: leaves {@code 64 M} up to {@code end}, their truths into
     * {@code leafTruths} and their TRUE and FALSE bits, gathered in two local longs, into word {@code M} of
     * {@code trueAtoms} and {@code falseAtoms}: what {@link InterpretedRowKernel#testLeaves} computes.
     */
    private static void testMethod(ClassWriter writer, int m, int end) {
        MethodVisitor test = writer.visitMethod(ACC_PRIVATE | ACC_STATIC, "test" + m, TEST, null, null);
        int truths = 1;
        int trueWord = 2;
        int falseWord = 4;
        int truth = 6;
        test.visitCode();
        test.visitVarInsn(ALOAD, 0);
        test.visitFieldInsn(GETFIELD, CONTEXT, "leafTruths", "[B");
        test.visitVarInsn(ASTORE, truths);
        test.visitInsn(LCONST_0);
        test.visitVarInsn(LSTORE, trueWord);
        test.visitInsn(LCONST_0);
        test.visitVarInsn(LSTORE, falseWord);
        for (int k = m * PER_METHOD; k < end; k++) {
            test.visitFieldInsn(GETSTATIC, CLASS, leaf(k), "L" + LEAF + ";");
            test.visitVarInsn(ALOAD, 0);
            test.visitMethodInsn(INVOKEINTERFACE, LEAF, "truth", "(L" + CONTEXT + ";)I", true);
            test.visitVarInsn(ISTORE, truth);
            // truths[k] = (byte) truth
            test.visitVarInsn(ALOAD, truths);
            HiddenClasses.push(test, k);
            test.visitVarInsn(ILOAD, truth);
            test.visitInsn(BASTORE);
            // trueWord |= (long) (truth >>> 1) << k: TRUE (2) sets the bit, UNKNOWN (1) and FALSE (0) do not
            test.visitVarInsn(ILOAD, truth);
            test.visitInsn(ICONST_1);
            test.visitInsn(IUSHR);
            orInto(test, trueWord, k & 63);
            // falseWord |= (long) ((truth - 1) >>> 31) << k: only FALSE (0) goes below zero
            test.visitVarInsn(ILOAD, truth);
            test.visitInsn(ICONST_1);
            test.visitInsn(ISUB);
            HiddenClasses.push(test, 31);
            test.visitInsn(IUSHR);
            orInto(test, falseWord, k & 63);
        }
        storeWord(test, "trueAtoms", m, trueWord);
        storeWord(test, "falseAtoms", m, falseWord);
        test.visitInsn(RETURN);
        test.visitMaxs(0, 0);
        test.visitEnd();
    }

    /**
     * {@code boolean decides()}, returning true, and {@code long decide(RowContext context, long t, long f)}: per
     * segment in evaluation order, whether one of its terms holds ({@code t} covers the term's TRUE mask and {@code f}
     * its FALSE mask), computed without a branch (a term's bits left uncovered, {@code x}, give {@code 1} when
     * {@code ((x | -x) >>> 63) ^ 1}); then its membership into {@code context.memberships}, into the returned bits,
     * and, when another segment refers to segments, into {@code t} and {@code f} as the segment's atom.
     */
    private static void decideMethods(ClassWriter writer, SegmentDecisions decisions) {
        returnTrue(writer, "decides");
        int first = decisions.firstSegmentAtom();
        long segmentAtoms = first >= 64 ? 0L : -1L << first;
        boolean referenced = false;
        for (long[] pairs : decisions.terms()) {
            for (long mask : pairs) {
                referenced |= (mask & segmentAtoms) != 0;
            }
        }
        MethodVisitor decide = writer.visitMethod(0, "decide", "(L" + CONTEXT + ";JJ)J", null, null);
        int context = 1;
        int trueBits = 2;
        int falseBits = 4;
        int memberships = 6;
        int members = 7;
        int holds = 9;
        decide.visitCode();
        decide.visitVarInsn(ALOAD, context);
        decide.visitFieldInsn(GETFIELD, CONTEXT, "memberships", "[Z");
        decide.visitVarInsn(ASTORE, memberships);
        decide.visitInsn(LCONST_0);
        decide.visitVarInsn(LSTORE, members);
        for (int segment : decisions.order()) {
            long[] pairs = decisions.terms()[segment];
            decide.visitInsn(ICONST_0);
            decide.visitVarInsn(ISTORE, holds);
            for (int at = 0; at < pairs.length; at += 2) {
                uncovered(decide, trueBits, pairs[at], falseBits, pairs[at + 1]);
                // x on the stack: (int) (((x | -x) >>> 63) ^ 1), 1 when x is 0
                decide.visitInsn(DUP2);
                decide.visitInsn(LNEG);
                decide.visitInsn(LOR);
                HiddenClasses.push(decide, 63);
                decide.visitInsn(LUSHR);
                decide.visitInsn(L2I);
                decide.visitInsn(ICONST_1);
                decide.visitInsn(IXOR);
                decide.visitVarInsn(ILOAD, holds);
                decide.visitInsn(IOR);
                decide.visitVarInsn(ISTORE, holds);
            }
            decide.visitVarInsn(ALOAD, memberships);
            HiddenClasses.push(decide, segment);
            decide.visitVarInsn(ILOAD, holds);
            decide.visitInsn(BASTORE);
            orShifted(decide, members, holds, false, segment);
            if (referenced) {
                orShifted(decide, trueBits, holds, false, first + segment);
                orShifted(decide, falseBits, holds, true, first + segment);
            }
        }
        decide.visitVarInsn(LLOAD, members);
        decide.visitInsn(LRETURN);
        decide.visitMaxs(0, 0);
        decide.visitEnd();
    }

    /** Pushes {@code (t & wantTrue) ^ wantTrue | (f & wantFalse) ^ wantFalse}, leaving out a half whose mask is 0. */
    private static void uncovered(MethodVisitor method, int trueBits, long wantTrue, int falseBits, long wantFalse) {
        if (wantTrue == 0 && wantFalse == 0) {
            method.visitInsn(LCONST_0);   // a term that tests nothing always holds
            return;
        }
        if (wantTrue != 0) {
            uncoveredHalf(method, trueBits, wantTrue);
        }
        if (wantFalse != 0) {
            uncoveredHalf(method, falseBits, wantFalse);
            if (wantTrue != 0) {
                method.visitInsn(LOR);
            }
        }
    }

    private static void uncoveredHalf(MethodVisitor method, int bits, long want) {
        method.visitVarInsn(LLOAD, bits);
        method.visitLdcInsn(want);
        method.visitInsn(LAND);
        method.visitLdcInsn(want);
        method.visitInsn(LXOR);
    }

    /** {@code local |= (long) (holds ^ (negated ? 1 : 0)) << shift}. */
    private static void orShifted(MethodVisitor method, int local, int holds, boolean negated, int shift) {
        method.visitVarInsn(ILOAD, holds);
        if (negated) {
            method.visitInsn(ICONST_1);
            method.visitInsn(IXOR);
        }
        orInto(method, local, shift);
    }

    /** {@code local |= (long) <the int on the stack> << shift}, for the long in {@code local}. */
    private static void orInto(MethodVisitor method, int local, int shift) {
        method.visitInsn(I2L);
        HiddenClasses.push(method, shift);
        method.visitInsn(LSHL);
        method.visitVarInsn(LLOAD, local);
        method.visitInsn(LOR);
        method.visitVarInsn(LSTORE, local);
    }

    /** {@code boolean <name>() { return true; }}. */
    private static void returnTrue(ClassWriter writer, String name) {
        MethodVisitor method = writer.visitMethod(0, name, "()Z", null, null);
        method.visitCode();
        method.visitInsn(ICONST_1);
        method.visitInsn(IRETURN);
        method.visitMaxs(0, 0);
        method.visitEnd();
    }

    /** {@code context.<field>[word] = <local long>}. */
    private static void storeWord(MethodVisitor method, String field, int word, int local) {
        method.visitVarInsn(ALOAD, 0);
        method.visitFieldInsn(GETFIELD, CONTEXT, field, "[J");
        HiddenClasses.push(method, word);
        method.visitVarInsn(LLOAD, local);
        method.visitInsn(LASTORE);
    }

    private static int methods(int calls) {
        return (calls + PER_METHOD - 1) / PER_METHOD;
    }

    private static String reader(int i) {
        return "reader" + i;
    }

    private static String leaf(int k) {
        return "leaf" + k;
    }
}
