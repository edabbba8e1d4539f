package io.github.segmentkit.core.codegen;

import static org.objectweb.asm.Opcodes.ALOAD;
import static org.objectweb.asm.Opcodes.ASTORE;
import static org.objectweb.asm.Opcodes.BIPUSH;
import static org.objectweb.asm.Opcodes.CHECKCAST;
import static org.objectweb.asm.Opcodes.ICONST_0;
import static org.objectweb.asm.Opcodes.INVOKESPECIAL;
import static org.objectweb.asm.Opcodes.INVOKESTATIC;
import static org.objectweb.asm.Opcodes.RETURN;
import static org.objectweb.asm.Opcodes.SIPUSH;

import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Type;

/**
 * What the engine's two code generators share (the row kernels of {@code core.row} and the column fills of
 * {@code core.column}): each defines a hidden class whose {@code static final} fields take their objects from the
 * class data, and each is turned off by a system property of the same two values.
 *
 * <p>Internal to the engine: this package is not exported.
 */
public final class HiddenClasses {
    private HiddenClasses() {
    }

    /**
     * Whether the system property {@code property} asks for generated code: {@code generated} or absent for yes,
     * {@code interpreted} for no.
     *
     * @throws IllegalStateException when the property has another value
     */
    public static boolean generatedByDefault(String property) {
        return generates(property, System.getProperty(property, "generated"));
    }

    /** {@link #generatedByDefault} for the property {@code property} set to {@code value}. */
    public static boolean generates(String property, String value) {
        switch (value) {
            case "generated":
                return true;
            case "interpreted":
                return false;
            default:
                throw new IllegalStateException("the system property " + property + " is '" + value
                        + "': it takes 'generated' or 'interpreted'");
        }
    }

    /** Emits: {@code Object[] local = (Object[]) MethodHandles.classData(MethodHandles.lookup(), "_", Object[].class)}. */
    public static void loadClassData(MethodVisitor method, int local) {
        method.visitMethodInsn(INVOKESTATIC, "java/lang/invoke/MethodHandles", "lookup",
                "()Ljava/lang/invoke/MethodHandles$Lookup;", false);
        method.visitLdcInsn("_");   // the name classData takes: ConstantDescs.DEFAULT_NAME
        method.visitLdcInsn(Type.getType(Object[].class));
        method.visitMethodInsn(INVOKESTATIC, "java/lang/invoke/MethodHandles", "classData",
                "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/Class;)Ljava/lang/Object;",
                false);
        method.visitTypeInsn(CHECKCAST, "[Ljava/lang/Object;");
        method.visitVarInsn(ASTORE, local);
    }

    /** Emits a constructor without parameters that calls {@code superName}'s. */
    public static void constructor(ClassWriter writer, String superName) {
        MethodVisitor constructor = writer.visitMethod(0, "<init>", "()V", null, null);
        constructor.visitCode();
        constructor.visitVarInsn(ALOAD, 0);
        constructor.visitMethodInsn(INVOKESPECIAL, superName, "<init>", "()V", false);
        constructor.visitInsn(RETURN);
        constructor.visitMaxs(0, 0);
        constructor.visitEnd();
    }

    /** Emits the shortest instruction that pushes {@code value}. */
    public static void push(MethodVisitor method, int value) {
        if (value >= -1 && value <= 5) {
            method.visitInsn(ICONST_0 + value);
        } else if (value >= Byte.MIN_VALUE && value <= Byte.MAX_VALUE) {
            method.visitIntInsn(BIPUSH, value);
        } else if (value >= Short.MIN_VALUE && value <= Short.MAX_VALUE) {
            method.visitIntInsn(SIPUSH, value);
        } else {
            method.visitLdcInsn(value);
        }
    }
}
